import type { ConversationSocketEvent } from "@relevo/contracts";
import { parseSocketEvent } from "./socket-events";

export type Connection = "connecting" | "online" | "reconnecting";

export interface LiveSocketHandlers {
  onEvent(event: ConversationSocketEvent): void;
  onConnection(state: Connection): void;
  /** After a reconnect: fetch the conversation again to catch up on anything sent while we were away. */
  onReconnected(): void;
}

/** Close codes the server uses for a bad token or a missing conversation: retrying cannot help. */
const permanentCloseCodes = new Set([4400, 4401, 4404]);
const maxDelayMs = 30_000;

/**
 * The conversation's live channel, reconnecting with exponential backoff (1 s, 2 s, 4 s … 30 s, with
 * jitter so many shoppers do not reconnect in lockstep after a server restart).
 */
export function openLiveSocket(url: string, handlers: LiveSocketHandlers): { close(): void } {
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
      const event = parseSocketEvent(message.data);
      if (event) handlers.onEvent(event);
    };
    current.onclose = (close) => {
      if (stopped || socket !== current || permanentCloseCodes.has(close.code)) return;
      attempt += 1;
      handlers.onConnection("reconnecting");
      const delay = Math.min(maxDelayMs, 1000 * 2 ** (attempt - 1)) * (0.75 + Math.random() / 2);
      timer = setTimeout(connect, delay);
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
