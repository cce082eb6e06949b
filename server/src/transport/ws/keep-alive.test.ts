import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket, { WebSocketServer } from "ws";
import { keepAlive } from "./keep-alive.js";

describe("keepAlive", () => {
  let server: WebSocketServer | null = null;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function connect(autoPong: boolean) {
    server = new WebSocketServer({ port: 0, host: "127.0.0.1" });
    server.on("connection", (socket) => {
      const stop = keepAlive(socket, 40);
      socket.on("close", stop);
    });
    await new Promise((resolve) => server?.once("listening", resolve));
    const address: AddressInfo | string | null = server.address();
    if (!address || typeof address === "string") throw new Error("not on TCP");
    const client = new WebSocket(`ws://127.0.0.1:${address.port}`, { autoPong });
    await new Promise((resolve) => client.once("open", resolve));
    return client;
  }

  it("drops a peer that stopped answering pings (a phone that lost its network)", async () => {
    const client = await connect(false);
    const code = await new Promise<number>((resolve) => client.once("close", resolve));
    expect(code).toBe(1006);
  });

  it("keeps a peer that answers", async () => {
    const client = await connect(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(client.readyState).toBe(WebSocket.OPEN);
    client.close();
  });
});
