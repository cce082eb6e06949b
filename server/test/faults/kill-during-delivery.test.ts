import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeHelpdesk, startFakeHelpdesk } from "../support/fake-helpdesk.js";
import { type RelevoProcess, runRelevo, startRelevoProcess } from "../support/relevo-process.js";

/**
 * Nothing lost: a Relevo process is killed with SIGKILL while its Zendesk delivery is in flight (the
 * helpdesk has the request but has not answered), then started again on the same embedded database.
 * Afterwards exactly one ticket exists and the handoff is marked delivered.
 */
describe("a process killed in the middle of a delivery", () => {
  let fake: FakeHelpdesk;
  let dataDir: string;
  let relevo: RelevoProcess | null = null;
  const env = () => ({
    RELEVO_DATA_DIR: dataDir, RELEVO_ZENDESK_BASE_URL: fake.url, RELEVO_DELIVERY_EXPIRE_SECONDS: "2", RELEVO_DELIVERY_SWEEP_SECONDS: "1",
    RELEVO_HELPDESK_TIMEOUT_MS: "3000", SERVICES: "web,worker",
  });

  beforeAll(async () => {
    fake = await startFakeHelpdesk();
    dataDir = await mkdtemp(path.join(tmpdir(), "relevo-kill-"));
  });
  afterAll(async () => {
    await relevo?.kill();
    await fake.close();
    if (!process.env.KEEP_DATA) await rm(dataDir, { recursive: true, force: true });
    else console.log("kept", dataDir);
  });

  it("creates exactly one ticket and marks the handoff delivered after a restart", async () => {
    expect((await runRelevo(["user", "add", "--email", "ops@shop.example", "--name", "Ops", "--role", "admin", "--password", "a long enough password"], env())).code).toBe(0);
    relevo = await startRelevoProcess(env());
    const base = relevo.url;
    const login = await fetch(`${base}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "ops@shop.example", password: "a long enough password" }) });
    const headers = { "content-type": "application/json", cookie: String(login.headers.get("set-cookie")).split(";")[0] ?? "", "x-csrf-token": (await login.json()).csrfToken };
    const put = (url: string, body: object) => fetch(`${base}${url}`, { method: "PUT", headers, body: JSON.stringify(body) });
    expect((await put("/api/v1/admin/integrations/zendesk", { subdomain: "acme", email: "bot@acme.example", apiToken: "t" })).status).toBe(200);
    expect((await put("/api/v1/admin/settings/handoff-method", { kind: "helpdesk", destination: "zendesk" })).status).toBe(200);

    // The helpdesk receives the create and takes 4 s to answer: the process dies meanwhile, so the ticket
    // exists at the helpdesk but Relevo never heard of it.
    fake.failNext({ kind: "slow", ms: 4_000 }, { method: "POST" });
    const started = await (await fetch(`${base}/api/v1/conversations`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).json();
    const say = (payload: object) => fetch(`${base}/api/v1/conversations/${started.conversation.id}/messages`, {
      method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${started.visitorToken}` }, body: JSON.stringify(payload),
    }).then((r) => r.json());
    await say({ text: "I want to talk to a human" });
    expect((await say({ text: "kim@example.com" })).conversation.status).toBe("ticketed");
    await waitFor(() => fake.requests.some((r) => r.method === "POST" && r.path === "/api/v2/tickets"));
    await relevo.kill("SIGKILL");

    relevo = await startRelevoProcess(env());
    const adminHeaders = await relogin(relevo.url);
    const handoff = await waitFor(async () => {
      const res = await fetch(`${relevo?.url}/api/v1/admin/handoffs?conversationId=${started.conversation.id}`, { headers: adminHeaders });
      const [h] = (await res.json()).handoffs;
      return h?.deliveryStatus === "delivered" ? h : null;
    }, 90_000).catch(async (error) => {
      const res = await fetch(`${relevo?.url}/api/v1/admin/handoffs?conversationId=${started.conversation.id}`, { headers: adminHeaders });
      throw new Error(`${error}\nhandoffs: ${await res.text()}\nrequests: ${JSON.stringify(fake.requests.map((r) => `${r.method} ${r.path}`))}\n${relevo?.output()}`);
    });
    expect(fake.tickets.filter((t) => t.externalId === handoff.id)).toHaveLength(1);
    expect(handoff.externalTicketId).toBe(String(fake.tickets.find((t) => t.externalId === handoff.id)?.id));
  }, 300_000);
});

async function relogin(base: string) {
  const login = await fetch(`${base}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "ops@shop.example", password: "a long enough password" }) });
  return { cookie: String(login.headers.get("set-cookie")).split(";")[0] ?? "" };
}

async function waitFor<T>(check: () => T | Promise<T>, ms = 20_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 200));
  }
}
