import type { TeamAvailability } from "../office-hours/team-availability.js";

/** The two editable messages (Settings → Inbox), each per language; `{next}` becomes when the team is back. */
export interface InboxMessages {
  autoReply: Record<"en" | "es", string>;
  officeHours: Record<"en" | "es", string>;
}

export const defaultInboxMessages: InboxMessages = {
  autoReply: {
    en: "Nobody from our team is online right now. You can leave your message here: we'll read it and reply as soon as someone is back ({next}).",
    es: "Ahora mismo no hay nadie del equipo conectado. Puedes dejar tu mensaje aquí: lo leeremos y te responderemos en cuanto vuelva alguien ({next}).",
  },
  officeHours: {
    en: "Our team is away right now and back {next}. You can leave your message here and we'll reply then.",
    es: "Nuestro equipo no está disponible ahora y vuelve {next}. Puedes dejar tu mensaje aquí y te responderemos entonces.",
  },
};

const texts = {
  en: { sent: "Thanks! I've sent your conversation to our team.", joining: "An agent will join you here in a moment.", soon: "shortly", at: (when: string) => `on ${when}` },
  es: { sent: "¡Gracias! He enviado tu conversación a nuestro equipo.", joining: "Una persona se unirá aquí en un momento.", soon: "en breve", at: (when: string) => `el ${when}` },
};

const langOf = (lang: string): "en" | "es" => (lang === "es" ? "es" : "en");

/**
 * What the shopper reads when their conversation reaches the Inbox: that a person joins now, or the
 * merchant's auto-reply / office-hours message saying when the team is back, in the shopper's language.
 *
 * @example
 * inboxNotice({ kind: "closed", nextOpenAt }, "es", messages, { timezone: "Europe/Madrid", now })
 * // "¡Gracias! … Nuestro equipo no está disponible ahora y vuelve el lunes, 9:00 CEST. …"
 */
export function inboxNotice(
  availability: TeamAvailability,
  lang: string,
  messages: InboxMessages,
  where: { timezone: string; now: Date },
): string {
  const l = langOf(lang);
  if (availability.kind === "available") return `${texts[l].sent} ${texts[l].joining}`;
  const template = (availability.kind === "away" ? messages.autoReply : messages.officeHours)[l];
  const next = availability.nextOpenAt ? texts[l].at(formatWhen(availability.nextOpenAt, l, where)) : texts[l].soon;
  return `${texts[l].sent}\n\n${template.replaceAll("{next}", next)}`;
}

/** "Monday, 9:00 AM GMT+2" / "lunes, 9:00 CEST" in the store's zone; the date too when over six days away. */
export function formatWhen(at: Date, lang: string, where: { timezone: string; now: Date }): string {
  const farAway = at.getTime() - where.now.getTime() > 6 * 24 * 36e5;
  return new Intl.DateTimeFormat(lang, {
    timeZone: where.timezone, weekday: "long", hour: "numeric", minute: "2-digit", timeZoneName: "short",
    ...(farAway ? { day: "numeric", month: "long" } : {}),
  }).format(at);
}
