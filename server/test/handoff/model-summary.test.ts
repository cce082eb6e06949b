import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HandoffRecord } from "../../src/domain/records.js";
import { type FakeHelpdesk, startFakeHelpdesk } from "../support/fake-helpdesk.js";
import { answerSummariesAndTranslations } from "../support/fake-model-writers.js";
import { type FakeOpenAi, startFakeOpenAi } from "../support/fake-openai.js";
import { useTestApp } from "../support/test-app.js";

const secret = "a-shared-secret-of-at-least-32-characters!";
const modelSummary = "La clienta quiere hablar con una persona sobre el grabado de una taza.";
let helpdesk: FakeHelpdesk;
let model: FakeOpenAi;
beforeAll(async () => {
  helpdesk = await startFakeHelpdesk();
  model = await startFakeOpenAi();
});
afterAll(async () => {
  await helpdesk.close();
  await model.close();
});

describe("the model-written handoff summary", () => {
  const t = useTestApp({}, () => ({
    SERVICES: "web,worker", RELEVO_ZENDESK_BASE_URL: helpdesk.url, RELEVO_GORGIAS_BASE_URL: helpdesk.url, RELEVO_HELPDESK_TIMEOUT_MS: "2000",
    RELEVO_LLM_BASE_URL: model.baseUrl, RELEVO_LLM_MODEL: "fake-model", RELEVO_LLM_TIMEOUT_MS: "400",
  }));

  async function handOffTo(destination: "zendesk" | "gorgias") {
    const headers = await t.logIn("admin");
    const call = (method: "PUT", url: string, payload: object) => t.server.inject({ method, url, headers, payload });
    await call("PUT", "/api/v1/admin/settings/store", { storeName: "Northwind", timezone: "Europe/Madrid", identitySecret: secret });
    const credentials = destination === "zendesk" ? { subdomain: "acme", email: "bot@acme.example", apiToken: "tok" } : { domain: "acme", email: "bot@acme.example", apiKey: "key" };
    expect((await call("PUT", `/api/v1/admin/integrations/${destination}`, credentials)).statusCode).toBe(200);
    expect((await call("PUT", "/api/v1/admin/settings/handoff-method", { kind: "helpdesk", destination })).statusCode).toBe(200);
    const identity = await new SignJWT({ email: "lucia@example.com", name: "Lucía" }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("10m").sign(new TextEncoder().encode(secret));
    const started = await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: { locale: "es", identity } });
    const { conversation, visitorToken } = started.json();
    const turn = await t.server.inject({
      method: "POST", url: `/api/v1/conversations/${conversation.id}/messages`, payload: { text: "quiero hablar con una persona sobre grabar mi taza" },
      headers: { authorization: `Bearer ${visitorToken}` },
    });
    expect(turn.json().conversation.status).toBe("ticketed");
    return delivered(conversation.id);
  }

  const summaryRequests = () => model.requests.filter((r) => JSON.stringify(r.messages).includes("You write the internal note")).length;

  async function delivered(conversationId: string): Promise<{ handoff: HandoffRecord; ticket: string }> {
    for (let i = 0; i < 200; i++) {
      const [handoff] = await t.relevo.deps.uow.repos.handoffs.listByConversation(conversationId);
      const ticket = helpdesk.tickets.find((tk) => tk.externalId === handoff?.id);
      if (handoff?.deliveryStatus === "delivered" && ticket) return { handoff, ticket: JSON.stringify(ticket.body) };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("the handoff was not delivered in time");
  }

  it("puts the model's summary in the Zendesk ticket and records it as the model's", async () => {
    answerSummariesAndTranslations(model, { summary: { kind: "json", content: { summary: modelSummary } } });
    const { handoff, ticket } = await handOffTo("zendesk");
    expect(ticket).toContain(modelSummary);
    expect(handoff.packet).toMatchObject({ summary: modelSummary, summarySource: "model" });
    // The model was asked in the shopper's language, with her words as data.
    const asked = model.requests.map((r) => JSON.stringify(r.messages)).filter((m) => m.includes("You write the internal note")).at(-1);
    expect(asked).toContain("Write the summary in Spanish");
    expect(asked).toContain("grabar mi taza");
  });

  it("creates the Gorgias ticket with the rule-built summary when the model answers 500", async () => {
    answerSummariesAndTranslations(model, { summary: { kind: "status", status: 500 } });
    const asked = summaryRequests();
    const { handoff, ticket } = await handOffTo("gorgias");
    expect(summaryRequests()).toBe(asked + 1);
    expect(handoff.packet.summarySource).toBe("rules");
    expect(handoff.packet.summary).toMatch(/^The shopper asked for a person\./);
    expect(ticket).toContain("The shopper asked for a person");
    expect(ticket).not.toContain(modelSummary);
  });

  it("creates the Zendesk ticket with the rule-built summary when the model takes longer than its timeout", async () => {
    answerSummariesAndTranslations(model, { summary: { kind: "slow", ms: 3_000, content: { summary: modelSummary } } });
    const started = Date.now();
    const { handoff, ticket } = await handOffTo("zendesk");
    expect(handoff.packet.summarySource).toBe("rules");
    expect(ticket).toContain("The shopper asked for a person");
    expect(ticket).not.toContain(modelSummary);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("never makes the shopper wait for an Inbox handoff's summary: the reply comes first, the model's summary after", async () => {
    answerSummariesAndTranslations(model, { summary: { kind: "slow", ms: 250, content: { summary: modelSummary } } });
    const started = await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: { locale: "es" } });
    const { conversation, visitorToken } = started.json();
    const send = (payload: object) =>
      t.server.inject({ method: "POST", url: `/api/v1/conversations/${conversation.id}/messages`, payload, headers: { authorization: `Bearer ${visitorToken}` } });
    await send({ action: "human.request" });
    const queued = await send({ text: "lucia@example.com" });
    expect(queued.json().conversation.status).toBe("queued");
    const [atReply] = await t.relevo.deps.uow.repos.handoffs.listByConversation(conversation.id);
    expect(atReply?.packet.summarySource).toBe("rules");
    for (let i = 0; i < 100; i++) {
      const [later] = await t.relevo.deps.uow.repos.handoffs.listByConversation(conversation.id);
      if (later?.packet.summarySource === "model") return expect(later.packet.summary).toBe(modelSummary);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("the model's summary never reached the Inbox packet");
  });
});
