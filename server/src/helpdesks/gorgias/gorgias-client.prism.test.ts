import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { gorgiasSpec, type PrismServer, startPrism } from "../../../test/support/prism.js";
import { basicAuth } from "../http/helpdesk-http.js";
import { captureFetch } from "../testing/captured-fetch.js";
import { samplePacket } from "../testing/sample-packet.js";
import { createGorgiasClient, type GorgiasConfig } from "./gorgias-client.js";

/** The fields Relevo relies on beyond what the derived spec requires (it only requires messages). */
const gorgiasCreateBody = z.object({
  channel: z.literal("email"),
  via: z.literal("api"),
  customer: z.object({ email: z.string().email() }),
  external_id: z.string().min(1),
  subject: z.string().min(1),
  tags: z.array(z.object({ name: z.string() })),
  messages: z
    .array(
      z.object({
        channel: z.literal("email"),
        via: z.literal("api"),
        from_agent: z.literal(false),
        sender: z.object({ email: z.string().email() }),
        source: z.object({
          type: z.literal("email"),
          from: z.object({ address: z.string().email() }),
          to: z.array(z.object({ address: z.string() })).optional(),
        }),
        body_html: z.string().min(1),
        body_text: z.string().min(1),
        sent_datetime: z.string(),
      }),
    )
    .length(1),
});

/**
 * The Gorgias client against a Prism mock of the project's derived Gorgias spec (`--errors`: a request
 * that violates it gets 422 and the call fails).
 */
describe("Gorgias client against Prism (derived spec)", () => {
  let prism: PrismServer;
  const email = "bot@acme.example";
  const apiKey = "gorgias-key-secret-789";
  const client = (overrides: Partial<GorgiasConfig> = {}) =>
    createGorgiasClient({ domain: "acme", email, apiKey, baseUrl: prism.url, ...overrides });

  beforeAll(async () => {
    prism = await startPrism(gorgiasSpec);
  }, 120_000);
  afterAll(() => prism?.stop());
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("verifies credentials with GET /api/account and names the account", async () => {
    await expect(client().verify()).resolves.toEqual({ accountLabel: "company_name.gorgias.com" });
  });

  it("creates the ticket with a body Prism accepts and links to it in the Gorgias app", async () => {
    const fetchLog = captureFetch();
    const logFrom = prism.output().length;
    const packet = samplePacket();
    const ref = await client().createTicket(packet);
    expect(ref).toEqual({ externalId: "1234", url: "https://acme.gorgias.com/app/ticket/1234" });
    expect(prism.output().slice(logFrom)).not.toContain("did not pass the validation rules");

    const [create] = fetchLog.requests();
    expect(create).toMatchObject({ method: "POST", target: "/api/tickets" });
    expect(create?.headers.authorization).toBe(basicAuth(email, apiKey));
    const body = gorgiasCreateBody.parse(create?.body);
    expect(body.external_id).toBe(packet.handoffId);
    expect(body.customer.email).toBe("lucia.garcia@example.com");
    expect(body.tags).toEqual([{ name: "relevo" }, { name: "handoff" }, { name: "customer_request" }]);
    expect(body.messages[0]?.body_html).toContain("Conversation handed over by Relevo");
    expect(body.messages[0]?.source.to).toBeUndefined();
  });

  it("addresses the shopper's message to the store's support address when one is configured", async () => {
    const fetchLog = captureFetch();
    await client({ supportAddress: "support@shop.example.com" }).createTicket(samplePacket({ name: null }));
    const body = gorgiasCreateBody.parse(fetchLog.requests()[0]?.body);
    expect(body.messages[0]?.source.to).toEqual([{ address: "support@shop.example.com" }]);
  });

  it("is really validated: Prism refuses a via outside the spec's enum", async () => {
    const response = await fetch(`${prism.url}/api/tickets`, {
      method: "POST",
      headers: { Authorization: basicAuth(email, apiKey), "Content-Type": "application/json" },
      body: JSON.stringify({
        via: "relevo",
        messages: [{ channel: "email", via: "api", from_agent: false }],
      }),
    });
    expect(response.status).toBe(422);
  });
});
