import { createServer, type Server } from "node:http";
import { connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { WebSocketServer } from "ws";
import { loadConfig } from "../../config/config.js";
import { createRelevo } from "../../main.js";
import { testDatabase } from "../../../test/support/test-db.js";
import { trackUpgradeSockets } from "./upgrade-sockets.js";

const upgradeHeaders = "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";

/** A client that sends an upgrade request and then neither closes nor reads on: the peer that vanished. */
async function halfOpenUpgrade(port: number, path: string): Promise<{ client: Socket; firstLine: Promise<string>; ended: Promise<boolean> }> {
  const client = connect(port, "127.0.0.1");
  await new Promise((resolve) => client.once("connect", resolve));
  client.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${upgradeHeaders}\r\n`);
  const firstLine = new Promise<string>((resolve) => client.once("data", (chunk) => resolve(String(chunk).split("\r\n")[0] ?? "")));
  const ended = new Promise<boolean>((resolve) => {
    client.once("end", () => resolve(true));
    client.once("close", () => resolve(true));
  });
  client.on("error", () => {});
  return { client, firstLine, ended };
}

/** Milliseconds `close` took, or null when it had not finished within `limitMs`. */
async function timed(close: () => Promise<unknown>, limitMs: number): Promise<number | null> {
  const started = Date.now();
  const done = await Promise.race([close().then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), limitMs))]);
  return done ? Date.now() - started : null;
}

const portOf = (server: Server) => {
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("not on TCP");
  return address.port;
};

describe("shutting down with upgrade requests left half-open", () => {
  it("a Relevo app answers a malformed-URL upgrade, ends that socket, and closes within 2 s", async () => {
    const env = { LOG_LEVEL: "silent", RELEVO_PUBLIC_URL: "http://relevo.test", SERVICES: "web" };
    const relevo = await createRelevo(loadConfig(env), { database: await testDatabase(), delivery: { enqueue: async () => {} } });
    const server = relevo.server;
    if (!server) throw new Error("no web service");
    await server.listen({ port: 0, host: "127.0.0.1" });
    const malformed = await halfOpenUpgrade(portOf(server.server), "/api/v1/conversations/%zz/socket");
    expect(await malformed.firstLine).toMatch(/^HTTP\/1\.1 400/);
    // The server, not the client, ends the connection once the refusal is sent.
    expect(await Promise.race([malformed.ended, new Promise((resolve) => setTimeout(() => resolve(false), 2_000))])).toBe(true);
    const stillWaiting = await halfOpenUpgrade(portOf(server.server), "/api/v1/conversations/%c0%af/socket");
    expect(await timed(() => relevo.close(), 2_000)).not.toBeNull();
    malformed.client.destroy();
    stillWaiting.client.destroy();
  });

  it("destroyAll drops an upgrade no handler ever answered, so server.close resolves", async () => {
    const server = createServer();
    const websockets = new WebSocketServer({ noServer: true });
    const upgrades = trackUpgradeSockets(server, websockets);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const seen = new Promise((resolve) => server.once("upgrade", resolve));
    const stuck = await halfOpenUpgrade(portOf(server), "/anything");
    await seen;
    const closing = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    // Nothing else knows this socket: closeAllConnections passed it over and close waits on it.
    const before = await Promise.race([closing.then(() => "closed"), new Promise((resolve) => setTimeout(() => resolve("waiting"), 300))]);
    expect(before).toBe("waiting");
    upgrades.destroyAll();
    expect(await timed(() => closing, 2_000)).not.toBeNull();
    expect(await stuck.ended).toBe(true);
    websockets.close();
  });
});
