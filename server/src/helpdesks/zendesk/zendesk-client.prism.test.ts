import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { type PrismServer, startPrism, zendeskSpec } from "../../../test/support/prism.js";
import { basicAuth } from "../http/helpdesk-http.js";
import { captureFetch } from "../testing/captured-fetch.js";
import { samplePacket } from "../testing/sample-packet.js";
import { createZendeskClient } from "./zendesk-client.js";

/**
 * The Zendesk client against a Prism mock of Zendesk's official OpenAPI file, started with `--errors`:
 * a request that violates the spec gets 422 and the client call fails. The spec doesn't say which ticket
 * fields matter to us nor declare Idempotency-Key, so those are asserted on the captured request.
 */
/** The fields Relevo relies on; Zendesk's spec marks none of them required. */
const zendeskCreateBody = z.object({
  ticket: z.object({
    subject: z.string().min(1),
    comment: z.object({ html_body: z.string().min(1), public: z.literal(false) }),
    requester: z.object({ name: z.string().min(1), email: z.string().email() }),
    tags: z.array(z.string()),
    external_id: z.string().min(1),
  }),
});

describe("Zendesk client against Prism (official Support API spec)", () => {
  let prism: PrismServer;
  const email = "agent@acme.example";
  const apiToken = "zd-token-secret-123";
  const client = () => createZendeskClient({ subdomain: "acme", email, apiToken, baseUrl: prism.url });

  beforeAll(async () => {
    prism = await startPrism(zendeskSpec);
  }, 120_000);
  afterAll(() => prism?.stop());
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("verifies credentials with GET /api/v2/users/me", async () => {
    await expect(client().verify()).resolves.toEqual({
      accountLabel: "Johnny Agent (agent) at acme.zendesk.com",
    });
  });

  it("looks the ticket up by external_id, then creates it with a body Prism accepts", async () => {
    const fetchLog = captureFetch();
    const logFrom = prism.output().length;
    const packet = samplePacket();
    // Prism's example list holds a ticket with another external_id, so the client must go on to create.
    const ref = await client().createTicket(packet);
    expect(ref).toEqual({ externalId: "35436", url: "https://acme.zendesk.com/agent/tickets/35436" });
    expect(prism.output().slice(logFrom)).not.toContain("did not pass the validation rules"); // not even a warning

    const [lookup, create] = fetchLog.requests();
    expect(lookup).toMatchObject({
      method: "GET",
      target: `/api/v2/tickets?external_id=${packet.handoffId}`,
    });
    expect(create).toMatchObject({ method: "POST", target: "/api/v2/tickets" });
    // Header names as the Headers API gives them: lower-case.
    expect(create?.headers).toMatchObject({
      authorization: basicAuth(`${email}/token`, apiToken),
      accept: "application/json",
      "content-type": "application/json",
      "idempotency-key": packet.handoffId,
    });
    const ticket = zendeskCreateBody.parse(create?.body).ticket;
    expect(ticket.requester).toEqual({ name: "Lucía García", email: "lucia.garcia@example.com" });
    expect(ticket.comment.public).toBe(false);
    expect(ticket.comment.html_body).toContain("Conversation handed over by Relevo");
    expect(ticket.external_id).toBe(packet.handoffId);
    expect(ticket.tags).toEqual(["relevo", "handoff", "customer_request"]);
    expect(ticket.subject).toMatch(/^\[Relevo\] /);
  });

  it("is really validated: Prism refuses a ticket body that breaks the spec", async () => {
    const response = await fetch(`${prism.url}/api/v2/tickets`, {
      method: "POST",
      headers: { Authorization: basicAuth(`${email}/token`, apiToken), "Content-Type": "application/json" },
      body: JSON.stringify({ ticket: { subject: 42, tags: 7 } }),
    });
    expect(response.status).toBe(422);
  });
});
