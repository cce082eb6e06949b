import { z } from "zod";
import { citationSchema, conversationStatusSchema, messageSchema, messageTextMaxLength } from "./chat.js";

/**
 * The Inbox API (console): lists, a conversation's view, agent actions, live events, presence, and the
 * admin settings for office hours, messages, assignment, outgoing email and console users.
 */
export const presenceSchema = z.enum(["online", "away", "offline"]);
export const roleSchema = z.enum(["admin", "agent"]);

/** queued · mine (with me) · open (queued + with an agent) · resolved */
export const inboxViewSchema = z.enum(["queued", "mine", "open", "resolved"]);

export const inboxListQuerySchema = z.object({
  view: inboxViewSchema.default("open"),
  /** `nextCursor` from the previous page. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const agentRefSchema = z.object({ id: z.string(), name: z.string() });

export const inboxConversationSchema = z.object({
  id: z.string(),
  status: conversationStatusSchema,
  locale: z.string(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  pageUrl: z.string().nullable(),
  assignedTo: agentRefSchema.nullable(),
  lastActivityAt: z.string(),
  createdAt: z.string(),
});

export const inboxListSchema = z.object({ conversations: z.array(inboxConversationSchema), nextCursor: z.string().nullable() });

/** A transcript line as agents see it: internal notes included and flagged. */
export const inboxMessageSchema = messageSchema.extend({ internal: z.boolean() });

export const handoffViewSchema = z.object({
  id: z.string(),
  destination: z.enum(["inbox", "zendesk", "gorgias"]),
  deliveryStatus: z.string(),
  attempts: z.number(),
  externalUrl: z.string().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
  packet: z.object({
    reason: z.string(),
    summary: z.string(),
    /** Who wrote the summary: Relevo's rules at handoff time, or the language model afterwards. */
    summarySource: z.enum(["rules", "model"]),
    citations: z.array(citationSchema),
    lang: z.string(),
    email: z.string().nullable(),
    name: z.string().nullable(),
    profileId: z.string().nullable(),
    pageUrl: z.string().nullable(),
  }),
});

export const emailDeliverySchema = z.object({
  id: z.string(),
  toAddress: z.string(),
  status: z.enum(["pending", "sent", "failed"]),
  attempts: z.number(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
});

export const inboxConversationViewSchema = z.object({
  conversation: inboxConversationSchema,
  messages: z.array(inboxMessageSchema),
  handoffs: z.array(handoffViewSchema),
  emails: z.array(emailDeliverySchema),
  /** Whether the shopper's chat is open right now (else replies also go by email when we have one). */
  shopperOnline: z.boolean(),
  /** Whether a language model is configured, so the conversation can be translated (…/translation). */
  translationAvailable: z.boolean(),
});

/** The languages the console translates a conversation into (the console's languages). */
export const translationLangSchema = z.enum(["en", "es"]);
export const translationBodySchema = z.object({ to: translationLangSchema }).strict();

/** A conversation's texts translated by the language model; ids as in the conversation's view. */
export const conversationTranslationSchema = z.object({
  to: translationLangSchema,
  messages: z.array(z.object({ id: z.string(), text: z.string() })),
  handoffs: z.array(z.object({ id: z.string(), summary: z.string() })),
});

export const agentReplyBodySchema = z
  .object({
    text: z.string().trim().min(1, "text must not be empty").max(messageTextMaxLength),
    /** An internal note: for agents only, never shown to the shopper. */
    internal: z.boolean().default(false),
  })
  .strict();

export const transferBodySchema = z.object({ userId: z.uuid({ message: "must be a user id (UUID)" }) }).strict();
export const presenceBodySchema = z.object({ presence: presenceSchema }).strict();
export const inboxAgentSchema = z.object({ id: z.string(), name: z.string(), role: roleSchema, presence: presenceSchema });

/** What the agents' socket (/api/v1/inbox/socket) pushes. */
export const inboxSocketEventSchema = z.discriminatedUnion("type", [
  /** Sent once the socket is subscribed: events from here on are delivered. */
  z.object({ type: z.literal("ready"), agent: agentRefSchema }),
  z.object({ type: z.literal("conversation.queued"), conversation: inboxConversationSchema }),
  z.object({ type: z.literal("conversation.updated"), conversation: inboxConversationSchema }),
  z.object({ type: z.literal("conversation.claimed"), conversationId: z.string(), agent: agentRefSchema, how: z.enum(["claimed", "transferred", "reopened", "auto"]) }),
  z.object({ type: z.literal("message.created"), conversationId: z.string(), message: inboxMessageSchema }),
  z.object({ type: z.literal("presence.changed"), agent: inboxAgentSchema }),
  /** A handoff packet changed (the language model wrote its summary): re-read the conversation. */
  z.object({ type: z.literal("handoff.updated"), conversationId: z.string(), handoffId: z.string() }),
]);

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "must be HH:MM (00:00–24:00)");
export const officeIntervalSchema = z
  .object({ start: clock, end: clock })
  .refine((i) => i.start !== i.end && i.start !== "24:00", "start must be before 24:00 and differ from end (an end before the start crosses midnight)");

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};
const intervals = z.array(officeIntervalSchema).max(8).default([]);

export const officeHoursSchema = z.object({
  timezone: z.string().max(64).refine(isTimeZone, "must be an IANA time zone such as Europe/Madrid"),
  weekly: z.object({ mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals, sat: intervals, sun: intervals }).strict(),
  closedDates: z.array(z.iso.date()).max(400).default([]),
});

const messageText = z.string().trim().min(1).max(1000);
const perLanguage = z.object({ en: messageText, es: messageText }).strict();

export const inboxSettingsSchema = z
  .object({
    /** null: no office hours, the team counts as within hours all the time. */
    officeHours: officeHoursSchema.nullable(),
    /** `{next}` in a message becomes when the team is next available, in the shopper's language. */
    messages: z.object({ autoReply: perLanguage, officeHours: perLanguage }).strict(),
    assignment: z.object({ mode: z.enum(["manual", "round_robin"]), loadLimit: z.number().int().min(1).max(100) }).strict(),
  })
  .strict();

export const emailSettingsBodySchema = z
  .object({
    host: z.string().trim().min(1).max(255),
    port: z.number().int().min(1).max(65535),
    /** TLS from the first byte (port 465); false uses STARTTLS when the server offers it. */
    secure: z.boolean().default(false),
    user: z.string().max(255).nullable().default(null),
    /** Write-only; omit to keep the stored one. */
    password: z.string().max(500).optional(),
    from: z.email().max(254),
    fromName: z.string().trim().max(120).nullable().default(null),
  })
  .strict();

export const emailSettingsViewSchema = emailSettingsBodySchema.omit({ password: true }).extend({ hasPassword: z.boolean() });

export const adminUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  locale: z.string(),
  disabled: z.boolean(),
  createdAt: z.string(),
});

export const createUserBodySchema = z
  .object({
    email: z.email().max(254),
    name: z.string().trim().min(1).max(120),
    role: roleSchema,
    password: z.string().min(10, "must be at least 10 characters").max(200),
    locale: z.enum(["en", "es"]).optional(),
  })
  .strict();

export const resetPasswordBodySchema = z.object({ password: z.string().min(10, "must be at least 10 characters").max(200) }).strict();

export type InboxConversationDto = z.infer<typeof inboxConversationSchema>;
export type InboxMessageDto = z.infer<typeof inboxMessageSchema>;
export type InboxSocketEvent = z.infer<typeof inboxSocketEventSchema>;
export type ConversationTranslationDto = z.infer<typeof conversationTranslationSchema>;
export type InboxSettings = z.infer<typeof inboxSettingsSchema>;
export type EmailSettingsBody = z.infer<typeof emailSettingsBodySchema>;
export type InboxAgentDto = z.infer<typeof inboxAgentSchema>;
