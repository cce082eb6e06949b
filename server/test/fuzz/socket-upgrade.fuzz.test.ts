import { connect } from "node:net";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { shopperSays, startChat } from "../support/inbox-helpers.js";
import { useTestApp } from "../support/test-app.js";
import { fuzzRuns, headerValue, nastyString, pathSegment } from "./fuzz-support.js";

/** How a socket attempt ended: refused at the HTTP upgrade (status), closed by the server (code), or opened. */
type Outcome = { kind: "http"; status: number } | { kind: "closed"; code: number; messages: number } | { kind: "error"; message: string };

function attempt(url: string, headers: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { headers, handshakeTimeout: 5_000 });
    let messages = 0;
    socket.on("message", () => messages++);
    socket.on("unexpected-response", (_req, res) => {
      resolve({ kind: "http", status: res.statusCode ?? 0 });
      socket.terminate();
    });
    socket.on("close", (code) => resolve({ kind: "closed", code, messages }));
    socket.on("error", (error) => resolve({ kind: "error", message: error.message }));
    // A socket the server accepted stays open: close it ourselves after a moment (code 1005 from our side).
    socket.on("open", () => setTimeout(() => socket.close(), 150));
  });
}

/** A raw upgrade request with arbitrary headers; resolves with the status line the server answers. */
function rawUpgrade(port: number, path: string, headers: string): Promise<string> {
  return new Promise((resolve) => {
    const client = connect(port, "127.0.0.1", () => client.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}\r\n`));
    let data = "";
    client.setTimeout(3_000, () => client.destroy());
    client.on("data", (chunk) => {
      data += chunk;
      client.destroy();
    });
    client.on("close", () => resolve(data.split("\r\n")[0] ?? ""));
    client.on("error", () => resolve(data.split("\r\n")[0] ?? ""));
  });
}

describe("the shopper's WebSocket under fuzzed ids, tokens and headers", () => {
  const t = useTestApp();
  async function listening(): Promise<number> {
    const address = t.server.server.address();
    if (address && typeof address === "object") return address.port;
    await t.server.listen({ port: 0, host: "127.0.0.1" });
    return listening();
  }

  it("opens only for the conversation's own token; anything else is refused without a 5xx", async () => {
    const port = await listening();
    const mine = await startChat(t);
    const other = await startChat(t);
    const token = fc.oneof(nastyString, fc.constant(mine.token), fc.constant(other.token), fc.constant(""));
    const id = fc.oneof(fc.constant(mine.id), pathSegment);
    const query = token.map((v) => `?token=${encodeURIComponent(v.replace(/[\ud800-\udfff]/g, ""))}`);
    await fc.assert(
      fc.asyncProperty(id, fc.oneof(query, fc.constantFrom("", "?token", "?token[]=a&token[]=b", "?%")), headerValue, async (convId, q, origin) => {
        const outcome = await attempt(`ws://127.0.0.1:${port}/api/v1/conversations/${convId}/socket${q}`, origin ? { origin } : {});
        const context = JSON.stringify({ convId, q, outcome });
        if (outcome.kind === "http") expect(outcome.status, context).toBeGreaterThanOrEqual(400);
        if (outcome.kind === "http") expect(outcome.status, context).toBeLessThan(500);
        expect(outcome.kind, context).not.toBe("error");
        const legit = convId === mine.id && q === `?token=${encodeURIComponent(mine.token)}`;
        if (outcome.kind === "closed") expect(outcome.code === 1005 || outcome.code === 1000, context).toBe(legit);
        if (outcome.kind === "closed" && !legit) expect([4400, 4401, 4404], context).toContain(outcome.code);
      }),
      { numRuns: Math.min(fuzzRuns, 120) },
    );
    // The server still serves the rightful shopper afterwards.
    expect((await shopperSays(t, mine, { text: "still there?" })).statusCode).toBe(200);
  });

  it("answers malformed upgrade requests with a 4xx status line, never 5xx", async () => {
    const port = await listening();
    const chat = await startChat(t);
    const header = fc.constantFrom(
      "Upgrade: websocket\r\nConnection: Upgrade\r\n",
      "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n",
      "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: short\r\nSec-WebSocket-Version: 13\r\n",
      "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 99\r\n",
      "Upgrade: h2c\r\nConnection: Upgrade\r\n",
      "Upgrade: websocket\r\nConnection: keep-alive\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n",
    );
    const path = fc.constantFrom(`/api/v1/conversations/${chat.id}/socket?token=${chat.token}`, "/api/v1/conversations/x/socket", "/api/v1/inbox/socket", "/nowhere");
    await fc.assert(
      fc.asyncProperty(path, header, async (p, h) => {
        const status = await rawUpgrade(port, p, h);
        expect(status, `${p} ${JSON.stringify(h)}`).toMatch(/^HTTP\/1\.1 (1\d\d|4\d\d)/);
      }),
      { numRuns: 40 },
    );
  });
});
