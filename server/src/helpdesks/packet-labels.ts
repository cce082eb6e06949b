import type { HandoffReason } from "../domain/agent-decision.js";
import type { MessageAuthor, TranscriptLine } from "../domain/handoff-packet.js";

/**
 * Human wording for the parts of a handoff packet, shared by the HTML and text renderings so every
 * destination reads the same. English: the packet is read by the store's support team, not the shopper.
 */
const reasonLabels: Record<HandoffReason, string> = {
  missing_knowledge: "The AI could not answer",
  customer_request: "The shopper asked for a person",
  repeated_failure: "The AI failed to help several times",
  safety: "Safety rule (handed over automatically)",
};

const authorLabels: Record<MessageAuthor, string> = {
  visitor: "Shopper",
  ai: "AI assistant",
  agent: "Agent",
  system: "System",
};

export const reasonLabel = (reason: HandoffReason): string => reasonLabels[reason];

/** "Shopper (Jane Doe)" or "Shopper". */
export function authorLabel(line: TranscriptLine): string {
  const role = authorLabels[line.author];
  const name = line.authorName?.trim();
  return name ? `${role} (${name})` : role;
}

/** "Spanish (es)"; the bare code when the runtime has no name for it. */
export function languageLabel(lang: string): string {
  try {
    const name = new Intl.DisplayNames(["en"], { type: "language" }).of(lang);
    return name && name !== lang ? `${name} (${lang})` : lang;
  } catch {
    return lang;
  }
}

/**
 * Formats an instant in the store's zone, e.g. "24 Nov 2026, 11:05 CET". An unknown zone falls back to
 * UTC rather than failing the delivery: the ISO timestamp is always shown next to it anyway.
 */
export function storeTimeFormatter(timeZone: string): (iso: string) => string {
  const format = dateTimeFormat(timeZone) ?? dateTimeFormat("UTC");
  return (iso) => {
    const at = new Date(iso);
    if (Number.isNaN(at.getTime()) || !format) return iso;
    return format.format(at);
  };
}

function dateTimeFormat(timeZone: string): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    });
  } catch {
    return null;
  }
}

/** Only http(s) URLs become links; anything else (javascript:, data:) is shown as text. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
