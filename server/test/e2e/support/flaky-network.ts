import type { BrowserContext, WebSocketRoute } from "playwright-core";

/**
 * Puts Playwright between the chat and its WebSocket so a test can cut the connection and keep it down
 * (new attempts are refused) until it says so — a shopper's train going through a tunnel.
 */
export type FlakySocket = Awaited<ReturnType<typeof flakyChatSocket>>;

export async function flakyChatSocket(context: BrowserContext) {
  let down = false;
  const open: WebSocketRoute[] = [];
  let attempts = 0;
  await context.routeWebSocket(/\/socket\?token=/, (ws) => {
    attempts += 1;
    if (down) return ws.close({ code: 4000, reason: "network down (test)" });
    ws.connectToServer();
    open.push(ws);
  });
  return {
    get attempts() {
      return attempts;
    },
    async cut() {
      down = true;
      await Promise.all(open.splice(0).map((ws) => ws.close({ code: 4000, reason: "network down (test)" })));
    },
    restore() {
      down = false;
    },
  };
}
