import type { InboxSocketEvent } from "@relevo/contracts";
import { type Connection, openLiveSocket } from "../../lib/live-socket";
import { field } from "./api";

export type { Connection };

const eventTypes = new Set([
  "ready",
  "conversation.queued",
  "conversation.updated",
  "conversation.claimed",
  "message.created",
  "presence.changed",
  "handoff.updated",
]);
/** Bad session (4401) or foreign origin (4403): retrying cannot help. */
const permanentCloseCodes = new Set([4401, 4403]);

function parseEvent(data: unknown): InboxSocketEvent | null {
  if (typeof data !== "string") return null;
  try {
    const value: unknown = JSON.parse(data);
    const type = field(value, "type");
    // The server builds events from the contract; checking the tag is enough to route them.
    return typeof type === "string" && eventTypes.has(type) ? (value as InboxSocketEvent) : null;
  } catch {
    return null;
  }
}

/** The agents' live channel (web/src/lib/live-socket.ts: reconnects with backoff). */
export function openInboxSocket(
  url: string,
  handlers: {
    onEvent(event: InboxSocketEvent): void;
    onConnection(state: Connection): void;
    onReconnected(): void;
    onDenied(): void;
  },
): { close(): void } {
  return openLiveSocket(url, { parse: parseEvent, permanentCloseCodes, ...handlers });
}
