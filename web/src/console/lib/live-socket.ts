import type { InboxSocketEvent } from "@relevo/contracts";
import { field } from "./api";

export type Connection = "connecting" | "online" | "reconnecting";

const eventTypes = new Set([
  "ready",
  "conversation.queued",
  "conversation.updated",
  "conversation.claimed",
  "message.created",
  "presence.changed",
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

/**
 * The agents' live channel with reconnects (1 s doubling to 30 s, jittered). `onReconnected` lets pages
 * fetch again what they may have missed while it was down.
 */
export function openInboxSocket(
  url: string,
  handlers: {
    onEvent(event: InboxSocketEvent): void;
    onConnection(state: Connection): void;
    onReconnected(): void;
    onDenied(): void;
  },
): { close(): void } {
  let socket: WebSocket | null = null;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const connect = () => {
    handlers.onConnection(attempt === 0 ? "connecting" : "reconnecting");
    const current = new WebSocket(url);
    socket = current;
    current.onopen = () => {
      if (attempt > 0) handlers.onReconnected();
      attempt = 0;
      handlers.onConnection("online");
    };
    current.onmessage = (message) => {
      const event = parseEvent(message.data);
      if (event) handlers.onEvent(event);
    };
    current.onclose = (close) => {
      if (stopped || socket !== current) return;
      if (permanentCloseCodes.has(close.code)) return handlers.onDenied();
      attempt += 1;
      handlers.onConnection("reconnecting");
      timer = setTimeout(connect, Math.min(30_000, 1000 * 2 ** (attempt - 1)) * (0.75 + Math.random() / 2));
    };
  };
  connect();
  return {
    close() {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    },
  };
}
