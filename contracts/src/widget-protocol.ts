/**
 * The messages between the store's page (the loader, `widget.js`) and the chat iframe served by Relevo.
 *
 * Plain types and hand-written guards, no zod: both ends run in the shopper's browser, where every
 * kilobyte counts. Each side accepts a message only when (1) `event.origin` is exactly the other side's
 * origin, (2) `event.source` is the other window, and (3) the envelope carries the channel id the loader
 * generated for this iframe (passed in the iframe URL's fragment, so it never reaches a server log).
 *
 * Handshake: the iframe posts `ready` to the parent origin named in its URL (the browser drops it if the
 * real parent has another origin; the server also pins that origin with CSP `frame-ancestors`); the loader
 * answers `init`. The iframe ignores everything else until `init` arrives.
 *
 * @example
 * window.parent.postMessage(widgetEnvelope(channel, { type: "ready" }), parentOrigin);
 * const message = readEnvelope(event.data, channel, isHostMessage); // null unless valid
 */
export const widgetProtocolVersion = "relevo.widget.1";

/** Page → iframe. */
export type HostMessage =
  | { type: "init"; open: boolean; pageUrl: string | null; identity: string | null }
  | { type: "open" }
  | { type: "close" }
  | { type: "identify"; token: string };

/** Iframe → page. */
export type WidgetMessage =
  | { type: "ready" }
  /** How many replies arrived while the chat was closed (0 clears the badge). */
  | { type: "unread"; count: number }
  /** The shopper closed the chat from inside (✕ or Escape). */
  | { type: "close" };

export interface WidgetEnvelope<T> {
  protocol: typeof widgetProtocolVersion;
  channel: string;
  message: T;
}

export function widgetEnvelope<T extends HostMessage | WidgetMessage>(channel: string, message: T): WidgetEnvelope<T> {
  return { protocol: widgetProtocolVersion, channel, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const maxTokenLength = 4096;

function isNullableString(value: unknown, max: number): boolean {
  return value === null || (typeof value === "string" && value.length <= max);
}

export function isHostMessage(value: unknown): value is HostMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case "init":
      return typeof value.open === "boolean" && isNullableString(value.pageUrl, 2048) && isNullableString(value.identity, maxTokenLength);
    case "open":
    case "close":
      return true;
    case "identify":
      return typeof value.token === "string" && value.token.length > 0 && value.token.length <= maxTokenLength;
    default:
      return false;
  }
}

export function isWidgetMessage(value: unknown): value is WidgetMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case "ready":
    case "close":
      return true;
    case "unread":
      return typeof value.count === "number" && Number.isInteger(value.count) && value.count >= 0;
    default:
      return false;
  }
}

/** The message inside a valid envelope for `channel`, or null for anything else (other scripts' messages). */
export function readEnvelope<T>(data: unknown, channel: string, isMessage: (value: unknown) => value is T): T | null {
  if (!isRecord(data) || data.protocol !== widgetProtocolVersion || data.channel !== channel) return null;
  return isMessage(data.message) ? data.message : null;
}
