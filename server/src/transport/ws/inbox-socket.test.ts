import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { as, queuedChat, type Staff, shopperSays, staff, startChat } from "../../../test/support/inbox-helpers.js";
import { useTestApp } from "../../../test/support/test-app.js";
import { ofType, openTestSocket } from "../../../test/support/ws-client.js";

describe("live sockets for agents and shoppers", () => {
  const t = useTestApp();

  async function base(): Promise<string> {
    if (!t.server.server.listening) await t.server.listen({ port: 0, host: "127.0.0.1" });
    const address: AddressInfo | string | null = t.server.server.address();
    if (!address || typeof address === "string") throw new Error("not listening on TCP");
    return `ws://127.0.0.1:${address.port}`;
  }
  const agentSocket = async (who: Staff, extra: Record<string, string> = {}) => {
    const socket = await openTestSocket(`${await base()}/api/v1/inbox/socket`, { cookie: who.cookie, ...extra });
    await socket.next(ofType("ready"));
    return socket;
  };
  const shopperSocket = async (chat: { id: string; token: string }) => {
    const socket = await openTestSocket(`${await base()}/api/v1/conversations/${chat.id}/socket?token=${chat.token}`);
    await socket.next(ofType("ready"));
    return socket;
  };
  const inboxUrl = (id: string, action = "") => `/api/v1/inbox/conversations/${id}${action}`;

  it("tells agents about new queued conversations, claims, shopper messages and notes as they happen", async () => {
    const [ana, bo] = [await staff(t, "agent", undefined, "Ana"), await staff(t, "agent", undefined, "Bo")];
    const feed = await agentSocket(bo);
    const chat = await queuedChat(t);
    expect((await feed.next(ofType("conversation.queued"))).conversation).toMatchObject({ id: chat.id, status: "queued" });
    await as(t, ana, "POST", inboxUrl(chat.id, "/claim"));
    expect(await feed.next(ofType("conversation.claimed"))).toMatchObject({ conversationId: chat.id, agent: { name: "Ana" }, how: "claimed" });
    await shopperSays(t, chat, { text: "are you there?" });
    expect((await feed.next((m) => m.type === "message.created" && JSON.stringify(m).includes("are you there?"))).message).toMatchObject({ author: "visitor" });
    await as(t, ana, "POST", inboxUrl(chat.id, "/messages"), { text: "VIP customer", internal: true });
    expect((await feed.next((m) => m.type === "message.created" && JSON.stringify(m).includes("VIP"))).message).toMatchObject({ internal: true });
    await feed.close();
  });

  it("delivers the agent's name and reply live to the shopper's chat, and never an internal note", async () => {
    const agent = await staff(t, "agent", undefined, "Marta");
    const chat = await queuedChat(t);
    const shopper = await shopperSocket(chat);
    await waitFor(async () => (await as(t, agent, "GET", inboxUrl(chat.id))).json().shopperOnline === true);
    await as(t, agent, "POST", inboxUrl(chat.id, "/claim"));
    expect((await shopper.next((m) => m.type === "conversation.updated" && JSON.stringify(m).includes("with_agent"))).conversation).toMatchObject({ agentName: "Marta" });
    expect((await shopper.next(ofType("message.created"))).message).toMatchObject({ author: "system", text: "Marta joined the conversation." });
    await as(t, agent, "POST", inboxUrl(chat.id, "/messages"), { text: "secret note", internal: true });
    await as(t, agent, "POST", inboxUrl(chat.id, "/messages"), { text: "Hi, I'm Marta!" });
    expect((await shopper.next((m) => JSON.stringify(m).includes("Hi, I'm Marta!"))).message).toMatchObject({ author: "agent", authorName: "Marta" });
    expect(JSON.stringify(shopper.received)).not.toContain("secret note");
    // The chat was open when Marta replied: no email follow-up for a shopper who is there.
    expect(await t.relevo.deps.uow.repos.outboundEmails.listByConversation(chat.id)).toEqual([]);
    await shopper.close();
    expect((await as(t, agent, "GET", inboxUrl(chat.id))).json().shopperOnline).toBe(false);
  });

  it("shows an agent online while their console is open, away when they say so, offline after the grace period", async () => {
    const [watcher, agent] = [await staff(t, "admin"), await staff(t, "agent", undefined, "Pia")];
    const presenceOf = async () => (await as(t, watcher, "GET", "/api/v1/inbox/agents")).json().agents.find((a: { id: string }) => a.id === agent.id).presence;
    expect(await presenceOf()).toBe("offline");
    const feed = await agentSocket(watcher);
    const console = await agentSocket(agent);
    expect(await presenceOf()).toBe("online");
    expect(await feed.next((m) => m.type === "presence.changed" && JSON.stringify(m).includes("Pia"))).toMatchObject({ agent: { presence: "online" } });
    expect((await as(t, agent, "PUT", "/api/v1/inbox/presence", { presence: "away" })).statusCode).toBe(204);
    expect(await presenceOf()).toBe("away");
    await as(t, agent, "PUT", "/api/v1/inbox/presence", { presence: "online" });
    await console.close();
    await new Promise((r) => setTimeout(r, 100));
    expect(await presenceOf()).toBe("online"); // a reload within the grace period does not flicker offline
    const realNow = t.relevo.deps.now;
    t.relevo.deps.now = () => new Date(Date.now() + 61_000);
    try {
      expect(await presenceOf()).toBe("offline");
    } finally {
      t.relevo.deps.now = realNow;
    }
    await feed.close();
  });

  describe("bad input and access", () => {
    it("closes the agents' socket 4401 without a session, and for a shopper's token", async () => {
      const chat = await startChat(t);
      expect(await (await openTestSocket(`${await base()}/api/v1/inbox/socket`)).closed).toMatchObject({ code: 4401 });
      const withToken = await openTestSocket(`${await base()}/api/v1/inbox/socket?token=${chat.token}`, { authorization: `Bearer ${chat.token}` });
      expect(await withToken.closed).toMatchObject({ code: 4401 });
    });

    it("closes the agents' socket 4403 when the page is on another origin (cross-site WebSocket hijacking)", async () => {
      const agent = await staff(t, "agent");
      const socket = await openTestSocket(`${await base()}/api/v1/inbox/socket`, { cookie: agent.cookie, origin: "https://evil.example" });
      expect(await socket.closed).toMatchObject({ code: 4403 });
    });

    it("closes a shopper's socket 4401 with another conversation's token", async () => {
      const [mine, theirs] = [await startChat(t), await startChat(t)];
      const socket = await openTestSocket(`${await base()}/api/v1/conversations/${mine.id}/socket?token=${theirs.token}`);
      expect(await socket.closed).toMatchObject({ code: 4401 });
    });
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}
