import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerSummariesAndTranslations } from "../../../../test/support/fake-model-writers.js";
import { type FakeOpenAi, startFakeOpenAi } from "../../../../test/support/fake-openai.js";
import { as, queuedChat, type Staff, staff } from "../../../../test/support/inbox-helpers.js";
import { useTestApp } from "../../../../test/support/test-app.js";
import { ofType, openTestSocket } from "../../../../test/support/ws-client.js";

let model: FakeOpenAi;
beforeAll(async () => {
  model = await startFakeOpenAi();
});
afterAll(async () => model.close());

const url = (id: string, action = "") => `/api/v1/inbox/conversations/${id}${action}`;
type Handoff = { id: string; packet: { summary: string; summarySource: string } };
type View = { messages: Array<{ id: string; text: string }>; handoffs: Handoff[]; translationAvailable: boolean };
const translationRequests = () => model.requests.filter((r) => JSON.stringify(r.messages).includes("You translate messages"));

describe("the Inbox with a language model", () => {
  // The worker service writes model summaries (a durable job); the web service serves the console.
  const t = useTestApp({}, () => ({ SERVICES: "web,worker", RELEVO_LLM_BASE_URL: model.baseUrl, RELEVO_LLM_MODEL: "fake-model", RELEVO_LLM_TIMEOUT_MS: "1000" }));

  /** A queued Spanish conversation, once the model's summary is in its packet (written after the turn). */
  async function summarizedSpanishChat(agent: Staff, email = "lucia@example.com") {
    const chat = await queuedChat(t, "es", email);
    for (let i = 0; i < 100; i++) {
      const view: View = (await as(t, agent, "GET", url(chat.id))).json();
      if (view.handoffs[0]?.packet.summarySource === "model") return { chat, view };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("the model's summary never reached the packet");
  }

  it("shows the model's summary on an Inbox handoff, labelled as the model's, and announces it", async () => {
    answerSummariesAndTranslations(model);
    const agent = await staff(t, "agent");
    const announced: string[] = [];
    const stop = t.relevo.bus.subscribe((event) => {
      if (event.type === "handoff.summarized") announced.push(event.handoffId);
    });
    const { view } = await summarizedSpanishChat(agent);
    stop();
    expect(view.translationAvailable).toBe(true);
    expect(view.handoffs[0]?.packet.summary).toBe("The shopper wants a name engraved on a mug.");
    expect(announced).toEqual([view.handoffs[0]?.id]);
  });

  it("tells agents' consoles live that a handoff's summary changed, so they re-read it", async () => {
    answerSummariesAndTranslations(model);
    const agent = await staff(t, "agent");
    if (!t.server.server.listening) await t.server.listen({ port: 0, host: "127.0.0.1" });
    const address: AddressInfo | string | null = t.server.server.address();
    if (!address || typeof address === "string") throw new Error("not listening on TCP");
    const feed = await openTestSocket(`ws://127.0.0.1:${address.port}/api/v1/inbox/socket`, { cookie: agent.cookie });
    await feed.next(ofType("ready"));
    const chat = await queuedChat(t, "es");
    const [handoff] = await t.relevo.deps.uow.repos.handoffs.listByConversation(chat.id);
    expect(await feed.next(ofType("handoff.updated"))).toEqual({ type: "handoff.updated", conversationId: chat.id, handoffId: handoff?.id });
    await feed.close();
  });

  it("translates the transcript and the summary for an agent, keeping every id, and asks the model once per text", async () => {
    answerSummariesAndTranslations(model);
    const agent = await staff(t, "agent");
    const { chat, view } = await summarizedSpanishChat(agent);
    const before = translationRequests().length;
    const res = await as(t, agent, "POST", url(chat.id, "/translation"), { to: "en" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      to: "en",
      messages: view.messages.map((m) => ({ id: m.id, text: `[en] ${m.text}` })),
      handoffs: view.handoffs.map((h) => ({ id: h.id, summary: `[en] ${h.packet.summary}` })),
    });
    expect(translationRequests().length).toBe(before + 1);
    // Re-opening the translation is answered from memory.
    expect((await as(t, agent, "POST", url(chat.id, "/translation"), { to: "en" })).json()).toEqual(res.json());
    expect(translationRequests().length).toBe(before + 1);
  });

  it("answers 502 translation_failed when the model fails, and the originals are untouched", async () => {
    answerSummariesAndTranslations(model, { translation: { kind: "status", status: 500 } });
    const agent = await staff(t, "agent");
    // A new email address: a text never translated before, so the model is asked (others are remembered).
    const { chat, view } = await summarizedSpanishChat(agent, "nueva-clienta@example.com");
    const res = await as(t, agent, "POST", url(chat.id, "/translation"), { to: "en" });
    expect(res.statusCode).toBe(502);
    expect(res.json().error.code).toBe("translation_failed");
    expect((await as(t, agent, "GET", url(chat.id))).json().messages).toEqual(view.messages);
  });

  it("refuses a language the console does not speak, and an unknown conversation", async () => {
    answerSummariesAndTranslations(model);
    const agent = await staff(t, "agent");
    const chat = await queuedChat(t, "es");
    expect((await as(t, agent, "POST", url(chat.id, "/translation"), { to: "fr" })).statusCode).toBe(400);
    const missing = await as(t, agent, "POST", url("00000000-0000-4000-8000-000000000000", "/translation"), { to: "en" });
    expect(missing.statusCode).toBe(404);
  });
});

describe("the Inbox without a language model", () => {
  const t = useTestApp();

  it("documents the translation endpoint and its errors in /openapi.json", async () => {
    const spec = (await t.server.inject({ method: "GET", url: "/openapi.json" })).json();
    const operation = spec.paths["/api/v1/inbox/conversations/{id}/translation"]?.post;
    expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(["200", "409", "502"]));
  });

  it("says translation is unavailable, with a code the console can act on, and keeps the rule-built summary", async () => {
    const agent = await staff(t, "agent");
    const chat = await queuedChat(t, "es");
    const view = (await as(t, agent, "GET", url(chat.id))).json();
    expect(view.translationAvailable).toBe(false);
    expect(view.handoffs[0].packet.summarySource).toBe("rules");
    const res = await as(t, agent, "POST", url(chat.id, "/translation"), { to: "en" });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: "translation_unavailable", message: expect.stringContaining("RELEVO_LLM_BASE_URL") });
  });
});
