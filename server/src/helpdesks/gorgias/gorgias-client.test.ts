import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeHelpdesk, startFakeHelpdesk } from "../../../test/support/fake-helpdesk.js";
import type { TranscriptLine } from "../../domain/handoff-packet.js";
import { HelpdeskError } from "../helpdesk-port.js";
import { basicAuth } from "../http/helpdesk-http.js";
import { samplePacket } from "../testing/sample-packet.js";
import { createGorgiasClient, type GorgiasConfig } from "./gorgias-client.js";

const email = "bot@acme.example";
const apiKey = "gorgias-key-secret-789";
const authorization = basicAuth(email, apiKey);

async function failureOf(action: () => Promise<unknown>) {
  const error = await action().then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof HelpdeskError)) throw new Error(`expected a HelpdeskError, got ${String(error)}`);
  expect(error.message).not.toContain(apiKey);
  expect(error.message).not.toContain(authorization.slice("Basic ".length));
  return error.failure;
}

describe("Gorgias client against the fake helpdesk", () => {
  let fake: FakeHelpdesk;
  const client = (overrides: Partial<GorgiasConfig> = {}) =>
    createGorgiasClient({ domain: "acme", email, apiKey, baseUrl: fake.url, ...overrides });

  beforeEach(async () => {
    fake = await startFakeHelpdesk({ authorization, latencyMs: 100 });
  });
  afterEach(() => fake.close());

  it("verifies the email and API key with Basic auth", async () => {
    await expect(client().verify()).resolves.toEqual({ accountLabel: "acme.gorgias.com" });
    expect(fake.requests[0]).toMatchObject({ method: "GET", path: "/api/account" });
  });

  it("reports a wrong API key as permanent (401) without echoing it", async () => {
    const failure = await failureOf(() => client({ apiKey: "wrong-key-000" }).verify());
    expect(failure).toMatchObject({ kind: "permanent", status: 401 });
    expect(failure.message).not.toContain("wrong-key-000");
  });

  it("creates a ticket carrying the handoff id as external_id", async () => {
    const packet = samplePacket();
    const ref = await client().createTicket(packet);
    expect(ref).toEqual({
      externalId: String(fake.tickets[0]?.id),
      url: `https://acme.gorgias.com/app/ticket/${ref.externalId}`,
    });
    expect(fake.tickets[0]?.externalId).toBe(packet.handoffId);
  });

  it("cannot deduplicate (documented limitation): the same packet twice makes two tickets with one external_id", async () => {
    const packet = samplePacket();
    await client().createTicket(packet);
    await client().createTicket(packet);
    expect(fake.tickets.map((ticket) => ticket.externalId)).toEqual([packet.handoffId, packet.handoffId]);
  });

  it("returns the ticket Gorgias made when the create's response is lost, so no retry makes a second one", async () => {
    const packet = samplePacket();
    fake.failNext({ kind: "lost_response" }, { method: "POST" });
    const ref = await client().createTicket(packet);
    expect(fake.tickets).toHaveLength(1);
    expect(ref.externalId).toBe(String(fake.tickets[0]?.id));
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /api/tickets", "GET /api/tickets"]);
    expect(fake.requests[1]?.query).toMatchObject({ external_id: packet.handoffId });
  });

  it("reports a dropped create that made nothing as retryable (the lookup finds no ticket)", async () => {
    fake.failNext({ kind: "reset" }, { method: "POST" });
    expect(await failureOf(() => client().createTicket(samplePacket()))).toMatchObject({ kind: "retryable", status: null });
    expect(fake.tickets).toHaveLength(0);
    expect(fake.requests.map((r) => r.method)).toEqual(["POST", "GET"]);
  });

  it("looks nothing up after a refusal (429): Gorgias created nothing", async () => {
    fake.failNext({ kind: "status", status: 429, retryAfter: "1" });
    await failureOf(() => client().createTicket(samplePacket()));
    expect(fake.requests.map((r) => r.method)).toEqual(["POST"]);
  });

  it("keeps the original failure when the lookup fails too", async () => {
    fake.failNext({ kind: "lost_response" }, { method: "POST" });
    fake.failNext({ kind: "status", status: 503 }, { method: "GET" });
    expect(await failureOf(() => client().createTicket(samplePacket()))).toMatchObject({ kind: "retryable", status: null });
  });

  it("turns 429 with Retry-After into a retryable failure with that wait", async () => {
    fake.failNext({ kind: "status", status: 429, retryAfter: "5" });
    expect(await failureOf(() => client().createTicket(samplePacket()))).toMatchObject({
      kind: "retryable",
      status: 429,
      retryAfterMs: 5000,
    });
    expect(fake.tickets).toHaveLength(0);
  });

  it("treats 503, a hang and a reset as retryable", async () => {
    fake.failNext({ kind: "status", status: 503 });
    expect(await failureOf(() => client().verify())).toMatchObject({ kind: "retryable", status: 503 });
    fake.failNext({ kind: "hang" });
    expect(await failureOf(() => client({ timeoutMs: 200 }).verify())).toMatchObject({
      kind: "retryable",
      status: null,
    });
    fake.failNext({ kind: "reset" });
    expect(await failureOf(() => client().verify())).toMatchObject({ kind: "retryable", status: null });
  });

  it("never sends a card number to Gorgias, in any field", async () => {
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

  it("refuses a handoff without an email before calling Gorgias", async () => {
    const failure = await failureOf(() => client().createTicket(samplePacket({ email: "  " })));
    expect(failure).toMatchObject({ kind: "permanent" });
    expect(fake.requests).toHaveLength(0);
  });

  it("rejects a domain that is not a Gorgias account name", () => {
    expect(() => client({ domain: "acme.gorgias.com.evil.example" })).toThrow(
      /not a valid Gorgias account name/,
    );
  });
});
