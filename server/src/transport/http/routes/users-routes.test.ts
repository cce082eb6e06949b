import { describe, expect, it } from "vitest";
import { as, freshAddress, logInAs, queuedChat, sqlRows, staff } from "../../../../test/support/inbox-helpers.js";
import { logIn as logInUseCase } from "../../../app/auth/log-in.js";
import { useTestApp } from "../../../../test/support/test-app.js";

describe("console users: the admin API and log-in limits", () => {
  const t = useTestApp();
  const logIn = (email: string, password: string, remoteAddress = freshAddress()) =>
    t.server.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password }, remoteAddress });

  it("lets an admin create an agent, who can then log in and work the Inbox", async () => {
    const admin = await staff(t, "admin");
    const created = await as(t, admin, "POST", "/api/v1/admin/users", { email: "Nora@Shop.test", name: "Nora", role: "agent", password: "a long password" });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: "nora@shop.test", role: "agent", disabled: false });
    const nora = await logInAs(t, "nora@shop.test", "a long password");
    expect((await as(t, nora, "GET", "/api/v1/inbox/conversations")).statusCode).toBe(200);
    const users = (await as(t, admin, "GET", "/api/v1/admin/users")).json().users;
    expect(users.map((u: { email: string }) => u.email)).toContain("nora@shop.test");
    expect(JSON.stringify(users)).not.toMatch(/argon2|passwordHash/);
  });

  it("ends a disabled agent's sessions at once, refuses their log-in, and lets them back when re-enabled", async () => {
    const admin = await staff(t, "admin");
    const agent = await staff(t, "agent", "dee@relevo.test");
    const disabled = await as(t, admin, "POST", `/api/v1/admin/users/${agent.id}/disable`);
    expect(disabled.json()).toMatchObject({ disabled: true });
    expect((await as(t, agent, "GET", "/api/v1/inbox/conversations")).statusCode).toBe(401);
    expect((await logIn("dee@relevo.test", "correct horse battery")).statusCode).toBe(401);
    await as(t, admin, "POST", `/api/v1/admin/users/${agent.id}/enable`);
    expect((await logIn("dee@relevo.test", "correct horse battery")).statusCode).toBe(200);
  });

  it("puts the conversations a disabled agent held back in the queue", async () => {
    const admin = await staff(t, "admin");
    const agent = await staff(t, "agent", undefined, "Gus");
    const chat = await queuedChat(t);
    await as(t, agent, "POST", `/api/v1/inbox/conversations/${chat.id}/claim`);
    await as(t, admin, "POST", `/api/v1/admin/users/${agent.id}/disable`);
    const view = (await as(t, admin, "GET", `/api/v1/inbox/conversations/${chat.id}`)).json();
    expect(view.conversation).toMatchObject({ status: "queued", assignedTo: null });
    expect(view.messages.at(-1)).toMatchObject({ internal: true, text: "Gus's account was disabled: the conversation is back in the queue." });
  });

  it("resets a password: the old one and the old sessions stop working", async () => {
    const admin = await staff(t, "admin");
    const agent = await staff(t, "agent", "rey@relevo.test");
    expect((await as(t, admin, "POST", `/api/v1/admin/users/${agent.id}/password`, { password: "brand new secret" })).statusCode).toBe(204);
    expect((await as(t, agent, "GET", "/api/v1/inbox/conversations")).statusCode).toBe(401);
    expect((await logIn("rey@relevo.test", "correct horse battery")).statusCode).toBe(401);
    expect((await logIn("rey@relevo.test", "brand new secret")).statusCode).toBe(200);
  });

  it("answers 429 rate_limited after 5 wrong passwords for one account, even from different addresses and with the right password", async () => {
    await t.addUser("agent", "target@relevo.test");
    for (let i = 0; i < 5; i++) expect((await logIn("target@relevo.test", `wrong ${i}`)).statusCode).toBe(401);
    const blocked = await logIn("TARGET@relevo.test", "correct horse battery");
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error).toMatchObject({ code: "rate_limited", message: expect.stringMatching(/this account.*15 minutes/) });
    // The count lives in the database, so every Relevo process on it sees the same limit.
    expect(await sqlRows(t, "select failures from login_failures where key = 'account:target@relevo.test'")).toEqual([{ failures: 5 }]);
  });

  it("refuses log-ins from an address after 20 failures across many accounts (beyond the 10/minute HTTP limit)", async () => {
    // Over HTTP the per-route limit (10 a minute per address, in memory) answers first; the use case holds
    // the slower 20-per-15-minutes limit in the database, so it is driven directly here.
    await t.addUser("agent", "innocent@relevo.test");
    const address = "203.0.113.7";
    for (let i = 0; i < 20; i++) await logInUseCase(t.relevo.deps, { email: `nobody${i}@relevo.test`, password: "guess", address }).catch(() => {});
    const blocked = logInUseCase(t.relevo.deps, { email: "innocent@relevo.test", password: "correct horse battery", address });
    await expect(blocked).rejects.toMatchObject({ code: "rate_limited", message: expect.stringMatching(/this address/) });
    expect((await logIn("innocent@relevo.test", "correct horse battery")).statusCode).toBe(200);
  });

  it("clears the account's count after a successful log-in", async () => {
    await t.addUser("agent", "typo@relevo.test");
    for (let i = 0; i < 4; i++) await logIn("typo@relevo.test", "wrong");
    expect((await logIn("typo@relevo.test", "correct horse battery")).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) await logIn("typo@relevo.test", "wrong");
    expect((await logIn("typo@relevo.test", "correct horse battery")).statusCode).toBe(200);
  });

  describe("bad input and access", () => {
    it("refuses anonymous callers (401) and agents (403) on every admin users route", async () => {
      const agent = await staff(t, "agent");
      const id = agent.id;
      const routes = [["GET", "/api/v1/admin/users"], ["POST", "/api/v1/admin/users"], ["POST", `/api/v1/admin/users/${id}/disable`], ["POST", `/api/v1/admin/users/${id}/enable`], ["POST", `/api/v1/admin/users/${id}/password`]] as const;
      for (const [method, path] of routes) {
        expect([path, (await as(t, null, method, path, method === "POST" ? {} : undefined)).statusCode]).toEqual([path, 401]);
        const res = await as(t, agent, method, path, method === "POST" ? { password: "0123456789a" } : undefined);
        expect([path, res.statusCode, res.json().error.code]).toEqual([path, 403, "forbidden"]);
      }
    });

    it("refuses agents on settings, integrations, knowledge and Inbox settings", async () => {
      const agent = await staff(t, "agent");
      for (const path of ["/api/v1/admin/knowledge", "/api/v1/admin/settings", "/api/v1/admin/integrations", "/api/v1/admin/inbox-settings", "/api/v1/admin/email-settings"]) {
        expect([path, (await as(t, agent, "GET", path)).statusCode]).toEqual([path, 403]);
      }
      expect((await as(t, agent, "PUT", "/api/v1/admin/inbox-settings", {})).statusCode).toBe(403);
    });

    it("answers 409 email_taken, 400 for a short password, 404 for an unknown user, and refuses self-disabling", async () => {
      const admin = await staff(t, "admin", "boss@relevo.test");
      const dup = await as(t, admin, "POST", "/api/v1/admin/users", { email: "boss@relevo.test", name: "B", role: "agent", password: "long enough pw" });
      expect([dup.statusCode, dup.json().error.code]).toEqual([409, "email_taken"]);
      expect((await as(t, admin, "POST", "/api/v1/admin/users", { email: "x@relevo.test", name: "X", role: "agent", password: "short" })).statusCode).toBe(400);
      expect((await as(t, admin, "POST", "/api/v1/admin/users", { email: "x@relevo.test", name: "X", role: "owner", password: "long enough pw" })).statusCode).toBe(400);
      const missing = await as(t, admin, "POST", "/api/v1/admin/users/6f1c1a52-59a8-4c1c-9a49-3f0a7a1d2e10/disable");
      expect([missing.statusCode, missing.json().error.code]).toEqual([404, "user_not_found"]);
      const self = await as(t, admin, "POST", `/api/v1/admin/users/${admin.id}/disable`);
      expect([self.statusCode, self.json().error.code]).toEqual([400, "invalid_action"]);
    });
  });
});
