import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import type { WebSocketServer } from "ws";

/**
 * Keeps hold of every socket that asked for an HTTP upgrade until it becomes a WebSocket or closes.
 *
 * Node stops tracking a connection once it emits `upgrade`, so `server.closeAllConnections()` (Fastify's
 * `forceCloseConnections`) no longer sees it, and the `ws` server only knows sockets whose handshake
 * completed. An upgrade answered with an HTTP error by anything other than @fastify/websocket's route
 * hooks (a malformed URL, for one) would stay open forever, and `server.close()` waits for it. Call
 * `destroyAll()` on shutdown; WebSockets themselves are ended with `terminateWebSockets`.
 *
 * @example
 * const upgrades = trackUpgradeSockets(app.server, app.websocketServer);
 * app.addHook("preClose", async () => upgrades.destroyAll());
 */
export function trackUpgradeSockets(server: Server, websockets: WebSocketServer): { destroyAll(): void } {
  const pending = new Set<Duplex>();
  server.on("upgrade", (_request: IncomingMessage, socket: Duplex) => {
    pending.add(socket);
    socket.once("close", () => pending.delete(socket));
  });
  // From here on the socket belongs to a WebSocket: closed by its own close handshake or terminate().
  websockets.on("connection", (_socket, request: IncomingMessage) => pending.delete(request.socket));
  return {
    destroyAll() {
      for (const socket of pending) socket.destroy();
      pending.clear();
    },
  };
}

/**
 * Ends every open WebSocket at once. A peer that vanished never answers the close handshake that
 * @fastify/websocket's own `preClose` starts, and `ws` would wait 30 s for it.
 */
export function terminateWebSockets(websockets: WebSocketServer): void {
  for (const client of websockets.clients) client.terminate();
}
