import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { useTestApp } from "../../../test/support/test-app.js";

describe("the conversation's WebSocket", () => {
  const t = useTestApp();
  let sockets: WebSocket[] = [];
  afterEach(() => {
    for (const s of sockets) s.terminate();
    sockets = [];
  });

  async function listening() {
    const address = await t.server.listen({ port: 0, host: "127.0.0.1" }).catch(() => null);
    const server = t.server.server.address();
    if (typeof server !== "object" || !server) throw new Error(`not listening (${address})`);
    return `ws://127.0.0.1:${server.port}`;
  }

  function connect(url: string) {
    const socket = new WebSocket(url);
    sockets.push(socket);
    const events: Array<{ type: string; [k: string]: unknown }> = [];
    socket.on("message", (data) => events.push(JSON.parse(String(data))));
    const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
    const opened = new Promise<void>((resolve, reject) => {
      socket.on("open", () => resolve());
      socket.on("error", reject);
    });
    return { socket, events, closed, opened };
  }

  async function eventually(check: () => boolean, ms = 5000) {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error("no event in time");
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it("pushes the shopper's message, the reply and the new state as they happen", async () => {
    const base = await listening();
    const started = (await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: { locale: "en" } })).json();
    const live = connect(`${base}/api/v1/conversations/${started.conversation.id}/socket?token=${started.visitorToken}`);
    await eventually(() => live.events.some((e) => e.type === "ready"));
    await t.server.inject({
      method: "POST", url: `/api/v1/conversations/${started.conversation.id}/messages`,
      headers: { authorization: `Bearer ${started.visitorToken}` }, payload: { text: "do you sell garden furniture?" },
    });
    await eventually(() => live.events.some((e) => e.type === "conversation.updated"));
    const messages = live.events.filter((e) => e.type === "message.created").map((e) => e.message);
    expect(messages).toEqual([expect.objectContaining({ author: "visitor" }), expect.objectContaining({ author: "ai" })]);
    const updated = live.events.find((e) => e.type === "conversation.updated");
    expect(updated?.conversation).toMatchObject({ status: "offering" });
  });

  it("closes at once for a wrong token or an unknown conversation, and sends nothing", async () => {
    const base = await listening();
    const started = (await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: {} })).json();
    const wrong = connect(`${base}/api/v1/conversations/${started.conversation.id}/socket?token=nope`);
    expect(await wrong.closed).toBe(4401);
    const unknown = connect(`${base}/api/v1/conversations/6f1c1a52-59a8-4c1c-9a49-3f0a7a1d2e10/socket?token=${started.visitorToken}`);
    expect(await unknown.closed).toBe(4404);
    const missing = connect(`${base}/api/v1/conversations/${started.conversation.id}/socket`);
    expect(await missing.closed).toBe(4400);
    expect([...wrong.events, ...unknown.events, ...missing.events]).toEqual([]);
  });

  it("does not push another conversation's messages", async () => {
    const base = await listening();
    const mine = (await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: {} })).json();
    const other = (await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: {} })).json();
    const live = connect(`${base}/api/v1/conversations/${mine.conversation.id}/socket?token=${mine.visitorToken}`);
    await live.opened;
    await t.server.inject({
      method: "POST", url: `/api/v1/conversations/${other.conversation.id}/messages`,
      headers: { authorization: `Bearer ${other.visitorToken}` }, payload: { text: "hello there" },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(live.events).toEqual([{ type: "ready" }]);
  });

  it("says ready once it listens, so a client reads again only then: a reply right after ready is pushed", async () => {
    const base = await listening();
    const started = (await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: { locale: "en" } })).json();
    const live = connect(`${base}/api/v1/conversations/${started.conversation.id}/socket?token=${started.visitorToken}`);
    await eventually(() => live.events.length > 0);
    expect(live.events).toEqual([{ type: "ready" }]);
    // No wait between ready and the turn: the subscription exists before ready is sent.
    await t.server.inject({
      method: "POST", url: `/api/v1/conversations/${started.conversation.id}/messages`,
      headers: { authorization: `Bearer ${started.visitorToken}` }, payload: { text: "hi" },
    });
    await eventually(() => live.events.filter((e) => e.type === "message.created").length === 2);
  });
});
