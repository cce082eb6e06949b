import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeHelpdesk, startFakeHelpdesk } from "../support/fake-helpdesk.js";
import { useTestApp } from "../support/test-app.js";

const secret = "a-shared-secret-of-at-least-32-characters!";
let fake: FakeHelpdesk;
beforeAll(async () => {
  fake = await startFakeHelpdesk();
});
afterAll(async () => fake.close());

describe("handoff through the public chat API", () => {
  const t = useTestApp({}, () => ({ SERVICES: "web,worker", RELEVO_ZENDESK_BASE_URL: fake.url, RELEVO_GORGIAS_BASE_URL: fake.url, RELEVO_HELPDESK_TIMEOUT_MS: "500" }));

  async function admin() {
    const headers = await t.logIn("admin");
    const call = (method: "GET" | "PUT" | "POST" | "DELETE", url: string, payload?: object) =>
      t.server.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    await call("PUT", "/api/v1/admin/settings/store", { storeName: "Northwind", timezone: "Europe/Madrid", identitySecret: secret });
    return call;
  }

  async function chat(body: object = { locale: "en" }) {
    const res = await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: body });
    expect(res.statusCode).toBe(201);
    const { conversation, visitorToken } = res.json();
    const send = async (payload: object) => {
      const r = await t.server.inject({ method: "POST", url: `/api/v1/conversations/${conversation.id}/messages`, payload, headers: { authorization: `Bearer ${visitorToken}` } });
      expect(r.statusCode).toBe(200);
      return r.json() as { conversation: { status: string }; messages: Array<{ author: string; text: string }> };
    };
    return { id: conversation.id as string, send };
  }

  const identity = (claims: Record<string, unknown>, exp = "10m") =>
    new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setExpirationTime(exp).sign(new TextEncoder().encode(secret));

  async function until<T>(check: () => Promise<T | null | undefined | false>, ms = 20_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const value = await check();
      if (value) return value;
      if (Date.now() > end) throw new Error("condition not met in time");
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it("refuses Zendesk until it is connected and verified, naming the step", async () => {
    const call = await admin();
    const res = await call("PUT", "/api/v1/admin/settings/handoff-method", { kind: "helpdesk", destination: "zendesk" });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: "integration_not_connected", message: expect.stringContaining("Connect Zendesk first") });
  });

  it("refuses credentials that Zendesk knows only as the anonymous user, storing nothing", async () => {
    const call = await admin();
    fake.zendeskUser = { id: null, name: "Anonymous user", role: "end-user" };
    const res = await call("PUT", "/api/v1/admin/integrations/zendesk", { subdomain: "acme", email: "bot@acme.example", apiToken: "tok" });
    fake.zendeskUser = { id: 1, name: "Relevo Bot", role: "admin" };
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe("integration_verification_failed");
    expect((await call("GET", "/api/v1/admin/integrations")).json().integrations[0].connected).toBe(false);
  });

  it("queues an unidentified shopper for the Inbox after consent and a valid email (English)", async () => {
    await admin();
    const c = await chat();
    expect((await c.send({ text: "do you repair bicycles?" })).conversation.status).toBe("offering");
    expect((await c.send({ text: "yes please" })).conversation.status).toBe("collecting_email");
    const bad = await c.send({ text: "my email is ana@" });
    expect(bad.conversation.status).toBe("collecting_email");
    const done = await c.send({ text: "ana@example.com" });
    expect(done.conversation.status).toBe("queued");
    expect(done.messages.at(-1)?.text).toMatch(/sent your conversation to our team/);
    const [handoff] = await t.relevo.deps.uow.repos.handoffs.listByConversation(c.id);
    expect(handoff).toMatchObject({ destination: "inbox", reason: "missing_knowledge", deliveryStatus: "delivered" });
    expect(handoff?.packet).toMatchObject({ email: "ana@example.com", lang: "en", storeTimezone: "Europe/Madrid" });
    expect(handoff?.packet.transcript.map((l) => l.author)).toContain("visitor");
    expect(handoff?.packet.summary).toContain("bicycles");
  });

  it("hands an identified shopper straight to Zendesk on an explicit request, once, with the packet (Spanish)", async () => {
    const call = await admin();
    expect((await call("PUT", "/api/v1/admin/integrations/zendesk", { subdomain: "acme", email: "bot@acme.example", apiToken: "tok" })).statusCode).toBe(200);
    expect((await call("PUT", "/api/v1/admin/settings/handoff-method", { kind: "helpdesk", destination: "zendesk" })).statusCode).toBe(200);
    const before = fake.tickets.length;
    const c = await chat({ locale: "es", identity: await identity({ email: "lucia@example.com", profileId: "cust-42", name: "Lucía" }), pageUrl: "https://shop.example/p/9" });
    const done = await c.send({ text: "quiero hablar con una persona" });
    expect(done.conversation.status).toBe("ticketed");
    expect(done.messages.at(-1)?.text).toContain("lucia@example.com");
    const handoff = await until(async () => {
      const [h] = await t.relevo.deps.uow.repos.handoffs.listByConversation(c.id);
      return h?.deliveryStatus === "delivered" ? h : null;
    });
    expect(fake.tickets.length).toBe(before + 1);
    const ticket = fake.tickets.at(-1);
    expect(ticket).toMatchObject({ service: "zendesk", externalId: handoff.id, idempotencyKey: handoff.id });
    expect(handoff.externalTicketId).toBe(String(ticket?.id));
    expect(handoff.packet).toMatchObject({ profileId: "cust-42", reason: "customer_request", lang: "es", pageUrl: "https://shop.example/p/9" });
  });

  it("rejects an expired identity with a clear error", async () => {
    await admin();
    const res = await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: { identity: await identity({ email: "a@b.co" }, "-1m") } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "invalid_identity", message: expect.stringContaining("expired") });
  });

  it("retries a Gorgias delivery after 429 with Retry-After and 500, then creates exactly one ticket", async () => {
    const call = await admin();
    expect((await call("PUT", "/api/v1/admin/integrations/gorgias", { domain: "acme", email: "bot@acme.example", apiKey: "key" })).statusCode).toBe(200);
    await call("PUT", "/api/v1/admin/settings/handoff-method", { kind: "helpdesk", destination: "gorgias" });
    fake.failNext({ kind: "status", status: 429, retryAfter: "1" }, { method: "POST" });
    fake.failNext({ kind: "status", status: 500 }, { method: "POST" });
    const before = fake.tickets.filter((tk) => tk.service === "gorgias").length;
    const c = await chat({ locale: "en", identity: await identity({ email: "bo@example.com" }) });
    await c.send({ action: "human.request" });
    const handoff = await until(async () => {
      const [h] = await t.relevo.deps.uow.repos.handoffs.listByConversation(c.id);
      return h?.deliveryStatus === "delivered" ? h : null;
    }, 30_000);
    expect(handoff.attempts).toBe(3);
    expect(fake.tickets.filter((tk) => tk.service === "gorgias").length).toBe(before + 1);
  });

  it("falls back to the Inbox with an admin alert when the helpdesk refuses the credentials", async () => {
    const call = await admin();
    await call("PUT", "/api/v1/admin/integrations/zendesk", { subdomain: "acme", email: "bot@acme.example", apiToken: "tok" });
    await call("PUT", "/api/v1/admin/settings/handoff-method", { kind: "helpdesk", destination: "zendesk" });
    fake.failNext({ kind: "status", status: 401 }, { times: 3 });
    const c = await chat({ locale: "en", identity: await identity({ email: "cy@example.com" }) });
    await c.send({ action: "human.request" });
    await until(async () => (await t.relevo.deps.uow.repos.conversations.findById(c.id))?.status === "queued");
    const [handoff] = await t.relevo.deps.uow.repos.handoffs.listByConversation(c.id);
    expect(handoff?.deliveryStatus).toBe("fell_back");
    const alerts = (await call("GET", "/api/v1/admin/alerts")).json().alerts;
    expect(alerts[0]).toMatchObject({ kind: "handoff_fell_back", data: { conversationId: c.id } });
  });

  it("shows the merchant's custom message instead of offering a person", async () => {
    const call = await admin();
    const saved = await call("PUT", "/api/v1/admin/settings/handoff-method", { kind: "message", texts: { es: "Escríbenos en [el formulario](https://shop.example/contacto)" }, defaultText: "Write to us via [the form](https://shop.example/contact)" });
    expect(saved.statusCode).toBe(200);
    const c = await chat({ locale: "es" });
    const reply = await c.send({ text: "¿reparan bicicletas?" });
    expect(reply.conversation.status).toBe("ai");
    expect(reply.messages.at(-1)?.text).toContain("[el formulario](https://shop.example/contacto)");
  });

  it("disables signed identities when the secret is cleared", async () => {
    const call = await admin();
    const token = await identity({ email: "ed@example.com" });
    const cleared = await call("PUT", "/api/v1/admin/settings/store", { storeName: "Northwind", timezone: "Europe/Madrid", identitySecret: null });
    expect(cleared.json()).toMatchObject({ identityEnabled: false });
    const res = await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: { identity: token } });
    expect(res.json().error).toMatchObject({ code: "invalid_identity", message: expect.stringContaining("not enabled") });
  });

  it("refuses settings to agents and to anonymous callers", async () => {
    expect((await t.server.inject({ method: "GET", url: "/api/v1/admin/settings" })).statusCode).toBe(401);
    const agent = await t.logIn("agent");
    expect((await t.server.inject({ method: "GET", url: "/api/v1/admin/settings", headers: agent })).statusCode).toBe(403);
  });
});
