import { createServer, request, type Server } from "node:http";
import { connect } from "node:net";
import type { AddressInfo } from "node:net";

/**
 * The simplest local balancer: each HTTP request and each WebSocket upgrade goes to the next backend in
 * turn, so a shopper's socket and their POSTs usually land on different processes.
 */
export async function startRoundRobinProxy(backends: string[]): Promise<{ url: string; server: Server }> {
  let next = 0;
  const pick = () => new URL(backends[next++ % backends.length] ?? "");
  const server = createServer((req, res) => {
    const target = pick();
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { code: "bad_gateway", message: "backend unreachable" } }));
    });
    req.pipe(upstream);
  });
  server.on("upgrade", (req, socket, head) => {
    const target = pick();
    const upstream = connect(Number(target.port), target.hostname, () => {
      const headers = Object.entries(req.headers).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : v}`).join("\r\n");
      upstream.write(`${req.method} ${req.url} HTTP/1.1\r\n${headers}\r\n\r\n`);
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on("error", () => socket.destroy());
    socket.on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address: AddressInfo | string | null = server.address();
  if (!address || typeof address === "string") throw new Error("proxy is not listening on TCP");
  return { url: `http://127.0.0.1:${address.port}`, server };
}
