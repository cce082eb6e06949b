import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { WebSocketServer, type WebSocket } from "ws";

/**
 * The ceiling for the chat load bench: Relevo's chat protocol (start a conversation, open its socket,
 * POST a message, the reply arrives on the socket) with nothing behind it. Run as its own process by
 * bench-process.ts, on PORT.
 */
const sockets = new Map<string, WebSocket>();
const wss = new WebSocketServer({ noServer: true });

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body = "";
  for await (const chunk of req) body += chunk;
  const url = req.url ?? "/";
  if (url === "/healthz") return json(res, 200, { status: "ok" });
  if (req.method === "POST" && url === "/api/v1/conversations") {
    const id = randomUUID();
    return json(res, 201, { conversation: { id, status: "ai" }, visitorToken: id, messages: [] });
  }
  const id = url.match(/^\/api\/v1\/conversations\/([^/]+)\/messages$/)?.[1];
  if (req.method === "POST" && id) {
    const text = String(JSON.parse(body || "{}").text ?? "");
    const message = { id: randomUUID(), author: "ai", text: `echo: ${text}`, createdAt: new Date().toISOString() };
    sockets.get(id)?.send(JSON.stringify({ type: "message.created", message }));
    return json(res, 200, { conversation: { id, status: "ai" }, messages: [message] });
  }
  return json(res, 404, { error: { code: "not_found", message: url } });
}

const server = createServer((req, res) => void handle(req, res).catch(() => json(res, 500, {})));
server.on("upgrade", (req, socket, head) => {
  const id = req.url?.match(/^\/api\/v1\/conversations\/([^/?]+)\/socket/)?.[1];
  if (!id) return socket.destroy();
  wss.handleUpgrade(req, socket, head, (ws) => {
    sockets.set(id, ws);
    ws.on("close", () => sockets.delete(id));
  });
});
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1");
process.once("SIGTERM", () => server.close(() => process.exit(0)));
