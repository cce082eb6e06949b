import type { ConversationSocketEvent } from "@relevo/contracts";
import { type Connection, openLiveSocket } from "../../lib/live-socket";
import { parseSocketEvent } from "./socket-events";

export type { Connection };

/** Close codes the server uses for a bad token or a missing conversation: retrying cannot help. */
const permanentCloseCodes = new Set([4400, 4401, 4404]);

/** The conversation's live channel (web/src/lib/live-socket.ts: reconnects with backoff). */
export function openConversationSocket(
  url: string,
  handlers: { onEvent(event: ConversationSocketEvent): void; onConnection(state: Connection): void; onReconnected(): void },
): { close(): void } {
  return openLiveSocket(url, { parse: parseSocketEvent, permanentCloseCodes, ...handlers });
}
