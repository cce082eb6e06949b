import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, queuedChat, staff } from "../../../test/support/inbox-helpers.js";
import { startSmtpSink } from "../../../test/support/smtp-sink.js";
import { useTestApp } from "../../../test/support/test-app.js";
import { createSmtpMailSender } from "../../mail/smtp-mail-sender.js";
import { maxEmailAttempts, sendPendingEmails } from "./send-pending-emails.js";

describe("email follow-up when the shopper has left the chat", () => {
  const t = useTestApp();
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    smtp = await startSmtpSink({ user: "relevo", password: "smtp secret" });
  });
  afterAll(() => smtp.close());

  async function setUp(locale = "en") {
    const admin = await staff(t, "admin");
    const saved = await as(t, admin, "PUT", "/api/v1/admin/email-settings", {
      host: "127.0.0.1", port: smtp.port, secure: false, user: "relevo", password: "smtp secret", from: "support@shop.example", fromName: "Northwind Support",
    });
    expect(saved.json()).toMatchObject({ host: "127.0.0.1", hasPassword: true });
    expect(JSON.stringify(saved.json())).not.toContain("smtp secret");
    // Sealed at rest with the instance key, like helpdesk credentials.
    expect(JSON.stringify(await t.relevo.deps.uow.repos.settings.get("email_smtp"))).not.toContain("smtp secret");
    const agent = await staff(t, "agent", undefined, "Marta");
    const chat = await queuedChat(t, locale, "shopper@example.com");
    await as(t, agent, "POST", `/api/v1/inbox/conversations/${chat.id}/claim`);
    return { admin, agent, chat };
  }
  const sentTo = async (conversationId: string, admin: Awaited<ReturnType<typeof staff>>) => (await as(t, admin, "GET", `/api/v1/inbox/conversations/${conversationId}`)).json().emails;

  it("emails the agent's reply with a link back to the conversation over SMTP", async () => {
    smtp.mails.length = 0;
    const { admin, agent, chat } = await setUp("es");
    await as(t, agent, "POST", `/api/v1/inbox/conversations/${chat.id}/messages`, { text: "Tu pedido sale mañana." });
    await waitFor(() => smtp.mails.length === 1);
    const mail = smtp.mails[0];
    expect(mail?.to).toEqual(["shopper@example.com"]);
    expect(mail?.from).toBe("support@shop.example");
    expect(mail?.raw).toMatch(/Subject: Nueva respuesta de /);
    expect(mail?.raw).toContain("Tu pedido sale ma");
    const body = (mail?.raw ?? "").replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    expect(body).toContain(`http://relevo.test/demo?conversation=${chat.id}`);
    await waitFor(async () => (await sentTo(chat.id, admin))[0]?.status === "sent");
  });

  it("does not email an internal note", async () => {
    smtp.mails.length = 0;
    const { admin, agent, chat } = await setUp();
    await as(t, agent, "POST", `/api/v1/inbox/conversations/${chat.id}/messages`, { text: "note to self", internal: true });
    await new Promise((r) => setTimeout(r, 200));
    expect(await sentTo(chat.id, admin)).toEqual([]);
  });

  it("retries a failed delivery later and records the error meanwhile", async () => {
    smtp.mails.length = 0;
    const { admin, agent, chat } = await setUp();
    smtp.failNext(1);
    await as(t, agent, "POST", `/api/v1/inbox/conversations/${chat.id}/messages`, { text: "Are you still there?" });
    await waitFor(async () => (await sentTo(chat.id, admin))[0]?.lastError !== null);
    expect((await sentTo(chat.id, admin))[0]).toMatchObject({ status: "pending", attempts: 1, lastError: expect.stringMatching(/451|Try again/) });
    const later = { ...t.relevo.deps, now: () => new Date(Date.now() + 60_000) };
    expect(await sendPendingEmails(later, createSmtpMailSender())).toBe(1);
    expect((await sentTo(chat.id, admin))[0]).toMatchObject({ status: "sent", attempts: 2 });
    expect(smtp.mails).toHaveLength(1);
  });

  it("gives up after the last attempt and alerts admins", async () => {
    const { agent, chat } = await setUp();
    smtp.failNext(maxEmailAttempts);
    await as(t, agent, "POST", `/api/v1/inbox/conversations/${chat.id}/messages`, { text: "Hello again" });
    let clock = Date.now();
    const later = { ...t.relevo.deps, now: () => new Date(clock) };
    for (let i = 0; i < maxEmailAttempts; i++) {
      clock += 2 * 60 * 60_000;
      await sendPendingEmails(later, createSmtpMailSender());
    }
    expect((await t.relevo.deps.uow.repos.outboundEmails.listByConversation(chat.id))[0]).toMatchObject({ status: "failed", attempts: maxEmailAttempts });
    const alerts = await t.relevo.deps.uow.repos.alerts.list({ includeAcknowledged: false });
    expect(alerts.find((a) => a.kind === "email_failed")?.message).toMatch(/could not be emailed to shopper@example.com after 8 attempts/);
    smtp.failNext(0);
  });

  it("keeps the email pending when no SMTP server is set up, and sends it once one is", async () => {
    smtp.mails.length = 0;
    const agent = await staff(t, "agent");
    const chat = await queuedChat(t);
    await as(t, agent, "POST", `/api/v1/inbox/conversations/${chat.id}/claim`);
    await as(t, agent, "POST", `/api/v1/inbox/conversations/${chat.id}/messages`, { text: "Hello?" });
    expect((await t.relevo.deps.uow.repos.outboundEmails.listByConversation(chat.id))[0]).toMatchObject({ status: "pending", attempts: 0 });
    const admin = await staff(t, "admin");
    await as(t, admin, "PUT", "/api/v1/admin/email-settings", { host: "127.0.0.1", port: smtp.port, user: "relevo", password: "smtp secret", from: "support@shop.example" });
    expect(await sendPendingEmails(t.relevo.deps, createSmtpMailSender())).toBe(1);
    expect(smtp.mails).toHaveLength(1);
  });

  describe("bad input", () => {
    it("answers 400 for a bad SMTP port or from address, and 404 before any SMTP server is set up", async () => {
      const admin = await staff(t, "admin");
      expect((await as(t, admin, "GET", "/api/v1/admin/email-settings")).statusCode).toBe(404);
      expect((await as(t, admin, "PUT", "/api/v1/admin/email-settings", { host: "x", port: 70000, from: "a@b.co" })).statusCode).toBe(400);
      expect((await as(t, admin, "PUT", "/api/v1/admin/email-settings", { host: "x", port: 25, from: "not an address" })).statusCode).toBe(400);
    });
  });
});

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 25));
  }
}
