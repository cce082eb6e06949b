import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  anonymousZendeskUser,
  type FakeHelpdesk,
  startFakeHelpdesk,
} from "../../../test/support/fake-helpdesk.js";
import type { TranscriptLine } from "../../domain/handoff-packet.js";
import { HelpdeskError } from "../helpdesk-port.js";
import { basicAuth } from "../http/helpdesk-http.js";
import { samplePacket } from "../testing/sample-packet.js";
import { createZendeskClient, type ZendeskConfig } from "./zendesk-client.js";

const email = "agent@acme.example";
const apiToken = "zd-token-secret-123";
const authorization = basicAuth(`${email}/token`, apiToken);

/** Runs `action`, expects a HelpdeskError and checks it never shows the credentials. */
async function failureOf(action: () => Promise<unknown>) {
  const error = await action().then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof HelpdeskError)) throw new Error(`expected a HelpdeskError, got ${String(error)}`);
  expect(error.message).not.toContain(apiToken);
  expect(error.message).not.toContain(authorization.slice("Basic ".length));
  return error.failure;
}

describe("Zendesk client against the fake helpdesk", () => {
  let fake: FakeHelpdesk;
  const client = (overrides: Partial<ZendeskConfig> = {}) =>
    createZendeskClient({ subdomain: "acme", email, apiToken, baseUrl: fake.url, ...overrides });

  beforeEach(async () => {
    fake = await startFakeHelpdesk({ authorization, latencyMs: 100 });
  });
  afterEach(() => fake.close());

  it("verifies an admin's API token and names the account, over a 100 ms link", async () => {
    await expect(client().verify()).resolves.toEqual({
      accountLabel: "Relevo Bot (admin) at acme.zendesk.com",
    });
    expect(fake.requests[0]?.headers.authorization).toBe(authorization);
  });

  it("refuses credentials that Zendesk answers as the anonymous user", async () => {
    fake.zendeskUser = anonymousZendeskUser;
    const failure = await failureOf(() => client().verify());
    expect(failure).toMatchObject({ kind: "permanent" });
    expect(failure.message).toMatch(/agent@acme\.example is not an agent or admin.*anonymous/);
  });

  it("refuses a signed-in end user: only agents and admins can create tickets", async () => {
    fake.zendeskUser = { id: 77, name: "Shopper", role: "end-user" };
    const failure = await failureOf(() => client().verify());
    expect(failure).toMatchObject({ kind: "permanent", status: null });
    expect(failure.message).toContain('role "end-user"');
  });

  it("reports a wrong token as permanent (401) without echoing it", async () => {
    const failure = await failureOf(() => client({ apiToken: "wrong-token-456" }).verify());
    expect(failure).toMatchObject({ kind: "permanent", status: 401 });
    expect(failure.message).not.toContain("wrong-token-456");
  });

  it("creates one private ticket per handoff, even when asked twice", async () => {
    const packet = samplePacket();
    const first = await client().createTicket(packet);
    const second = await client().createTicket(packet);
    expect(second).toEqual(first);
    expect(first.url).toBe(`https://acme.zendesk.com/agent/tickets/${first.externalId}`);
    expect(fake.tickets).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("finds the ticket on retry when the first create's response was lost to a timeout", async () => {
    fake.latencyMs = 0;
    fake.failNext({ kind: "slow", ms: 400 }, { method: "POST" });
    const packet = samplePacket();
    const failure = await failureOf(() => client({ timeoutMs: 150 }).createTicket(packet));
    expect(failure).toMatchObject({ kind: "retryable", status: null });
    await expect.poll(() => fake.tickets.length, { timeout: 2_000 }).toBe(1); // Zendesk did create it
    const ref = await client().createTicket(packet);
    expect(ref.externalId).toBe(String(fake.tickets[0]?.id));
    expect(fake.tickets).toHaveLength(1);
  });

  it("lets Zendesk's Idempotency-Key merge two deliveries that race past the lookup", async () => {
    const packet = samplePacket();
    const [a, b] = await Promise.all([client().createTicket(packet), client().createTicket(packet)]);
    expect(a).toEqual(b);
    expect(fake.tickets).toHaveLength(1);
    const posts = fake.requests.filter((r) => r.method === "POST");
    expect(posts.map((r) => r.headers["idempotency-key"])).toEqual([packet.handoffId, packet.handoffId]);
  });

  it("turns 429 with Retry-After in seconds into a retryable failure with that wait", async () => {
    fake.failNext({ kind: "status", status: 429, retryAfter: "7" });
    const failure = await failureOf(() => client().createTicket(samplePacket()));
    expect(failure).toEqual({
      kind: "retryable",
      status: 429,
      retryAfterMs: 7000,
      message: expect.stringContaining("rate limited"),
    });
  });

  it("turns 429 with Retry-After as an HTTP date into the time left until then", async () => {
    const at = new Date(Math.ceil(Date.now() / 1000) * 1000 + 30_000);
    fake.failNext({ kind: "status", status: 429, retryAfter: at.toUTCString() });
    const failure = await failureOf(() => client().verify());
    expect(failure.kind === "retryable" && failure.retryAfterMs).toBeGreaterThan(25_000);
    expect(failure.kind === "retryable" && failure.retryAfterMs).toBeLessThanOrEqual(31_000);
  });

  it("treats 500 as retryable and 422 as permanent", async () => {
    fake.failNext({ kind: "status", status: 500 });
    expect(await failureOf(() => client().verify())).toMatchObject({
      kind: "retryable",
      status: 500,
      retryAfterMs: null,
    });
    fake.failNext({ kind: "status", status: 422 }, { method: "POST" });
    expect(await failureOf(() => client().createTicket(samplePacket()))).toMatchObject({
      kind: "permanent",
      status: 422,
    });
  });

  it("gives up on a helpdesk that never answers after timeoutMs, as retryable", async () => {
    fake.failNext({ kind: "hang" });
    const started = Date.now();
    const failure = await failureOf(() => client({ timeoutMs: 200 }).verify());
    expect(failure).toMatchObject({
      kind: "retryable",
      status: null,
      message: expect.stringContaining("no answer within 200 ms"),
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("treats a connection reset as retryable", async () => {
    fake.failNext({ kind: "reset" });
    const failure = await failureOf(() => client().createTicket(samplePacket()));
    expect(failure).toMatchObject({
      kind: "retryable",
      status: null,
      message: expect.stringContaining("network error"),
    });
  });

  it("never sends a card number to Zendesk, in any field", async () => {
    const card = "4111 1111 1111 1111";
    const transcript: TranscriptLine[] = [
      { author: "visitor", text: `card ${card}`, createdAt: "2026-11-24T10:00:00Z" },
    ];
    await client().createTicket(
      samplePacket({ summary: `pays with ${card}`, name: `Ana ${card}`, transcript }),
    );
    const sent = JSON.stringify(fake.requests.map((request) => request.body));
    expect(sent).toContain("[card number removed]");
    expect(sent.replace(/\D/g, "")).not.toContain("4111111111111111");
  });

  it("refuses a handoff without an email before calling Zendesk", async () => {
    const failure = await failureOf(() => client().createTicket(samplePacket({ email: null })));
    expect(failure).toMatchObject({
      kind: "permanent",
      message: expect.stringContaining("no email address"),
    });
    expect(fake.requests).toHaveLength(0);
  });

  it("rejects a subdomain that would point the credentials at another host", () => {
    expect(() => client({ subdomain: "evil.example/x#" })).toThrow(HelpdeskError);
    expect(createZendeskClient({ subdomain: "https://Acme.zendesk.com/", email, apiToken }).kind).toBe(
      "zendesk",
    );
  });
});
