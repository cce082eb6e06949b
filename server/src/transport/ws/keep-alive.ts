import type { WebSocket } from "ws";

/**
 * Pings the peer every `intervalMs` and terminates the socket if the previous ping got no pong: a phone
 * that lost its network never sends a close, and its socket would otherwise count as an open chat (and
 * an online agent) forever. Proxies also keep a connection that carries pings open. Returns a stop function.
 */
export function keepAlive(socket: WebSocket, intervalMs: number): () => void {
  let alive = true;
  socket.on("pong", () => {
    alive = true;
  });
  const timer = setInterval(() => {
    if (!alive) return socket.terminate();
    alive = false;
    socket.ping();
  }, intervalMs);
  return () => clearInterval(timer);
}
