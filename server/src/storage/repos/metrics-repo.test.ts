import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../../test/support/test-app.js";
import type { HandoffReason } from "../../domain/agent-decision.js";
import type { PlannedEvent } from "../../domain/conversation/turn-plan.js";
import type { MessageAuthor } from "../../domain/handoff-packet.js";

const t0 = Date.parse("2026-03-02T10:00:00Z");
const at = (minutes: number) => new Date(t0 + minutes * 60_000);
const range = { start: at(0), end: at(24 * 60) };

describe("metrics repository", () => {
  const t = useTestApp();
  const repos = () => t.relevo.deps.uow.repos;

  /** A conversation written straight through the repositories, so each timestamp is the test's. */
  async function seed(startedAt: Date, locale = "en") {
    const id = randomUUID();
    await repos().conversations.insert({
      id, visitorTokenHash: id, status: "ai", locale, pageUrl: null, profileId: null, email: null, name: null,
      unansweredInARow: 0, pendingReason: null, contextStartedAt: startedAt, assignedUserId: null, version: 0,
      lastActivityAt: startedAt, createdAt: startedAt, updatedAt: startedAt,
    });
    await repos().events.append(id, [{ name: "conversation_started", from: "ai", to: "ai" }], startedAt);
    return {
      id,
      say: (author: MessageAuthor, text: string, when: Date, meta: Record<string, unknown> | null = null, internal = false) =>
        repos().messages.append(id, [{ id: randomUUID(), conversationId: id, author, authorName: null, userId: null, text, citations: null, actions: null, internal, meta, createdAt: when }]),
      event: (e: PlannedEvent, when: Date) => repos().events.append(id, [e], when),
      handoff: (reason: HandoffReason, destination: "inbox" | "zendesk", when: Date) => {
        const handoffId = randomUUID();
        return repos().handoffs.insert({
          id: handoffId, conversationId: id, reason, destination, deliveryStatus: "delivered", attempts: 1, externalTicketId: null,
          externalUrl: null, lastError: null, lastErrorAt: null, deliveredAt: when, createdAt: when,
          packet: { handoffId, conversationId: id, reason, lang: "en", email: null, name: null, profileId: null, pageUrl: null, citations: [], summary: "", transcript: [], consoleUrl: "", storeTimezone: "UTC", createdAt: when.toISOString() },
        });
      },
    };
  }

  it("reads a chat handed off twice as one routed chat, by its first handoff", async () => {
    const c = await seed(at(1));
    await c.say("visitor", "talk to a person", at(2));
    await c.handoff("customer_request", "zendesk", at(3));
    await c.handoff("missing_knowledge", "inbox", at(30));
    const [facts] = await repos().metrics.conversationFacts(range);
    expect(facts).toMatchObject({ conversationId: c.id, shopperMessages: 1, aiAnswers: 0, firstHandoff: { reason: "customer_request", destination: "zendesk" } });
  });

  it("times the first human reply from the chat's arrival in the Inbox, skipping internal notes", async () => {
    const c = await seed(at(1));
    await c.say("visitor", "help", at(2), { decision: "human_request", lang: "en" });
    await c.event({ name: "ticket_requested", from: "handing_off", to: "ticketed" }, at(3));
    await c.say("agent", "reopened before the fall-back", at(5));
    await c.event({ name: "fell_back_to_inbox", from: "ticketed", to: "queued" }, at(10));
    await c.say("agent", "note to self", at(11), null, true);
    await c.say("agent", "Hi, I am here", at(15));
    const [facts] = await repos().metrics.conversationFacts(range);
    expect(facts?.inbox).toEqual({ queuedAt: at(10), firstHumanReplyAt: at(15) });
  });

  it("takes the language of the first analysed message, else the chat's locale, and counts AI answers", async () => {
    const es = await seed(at(1), "en");
    await es.say("visitor", "Talk to a person", at(2));
    await es.say("visitor", "¿envían a Canarias?", at(3), { decision: "answer", lang: "es", knowledgeIds: ["k"] });
    await es.say("visitor", "where is my order", at(4), { decision: "answer", lang: "en", knowledgeIds: ["k"] });
    await es.event({ name: "custom_message_shown", from: "ai", to: "ai", data: { reason: "missing_knowledge" } }, at(5));
    const quiet = await seed(at(2), "es-MX");
    const facts = await repos().metrics.conversationFacts(range);
    expect(facts.find((f) => f.conversationId === es.id)).toMatchObject({ lang: "es", aiAnswers: 2, shopperMessages: 3, customMessageShown: true, inbox: null });
    expect(facts.find((f) => f.conversationId === quiet.id)).toMatchObject({ lang: "es", shopperMessages: 0, firstHandoff: null, customMessageShown: false });
  });

  it("keeps to chats opened in the range, its end excluded", async () => {
    await seed(at(-1));
    const inside = await seed(at(0));
    await seed(at(24 * 60));
    expect((await repos().metrics.conversationFacts(range)).map((f) => f.conversationId)).toEqual([inside.id]);
  });

  it("lists the unanswered questions asked in the range, most recent first, up to the limit", async () => {
    const c = await seed(at(-5));
    const noKnowledge = { decision: "no_knowledge", lang: "en" };
    await c.say("visitor", "asked before the range", at(-2), noKnowledge);
    await c.say("visitor", "do you repair bikes?", at(1), noKnowledge);
    await c.say("visitor", "where is my order", at(2), { decision: "answer", lang: "en", knowledgeIds: ["k"] });
    await c.say("visitor", "¿aceptan bitcoin?", at(3), { decision: "no_knowledge", lang: "es" });
    await c.say("visitor", "gift wrapping?", at(4), noKnowledge);
    for (const m of [-2, 1, 3, 4]) await c.event({ name: "handoff_offered", from: "ai", to: "offering", data: { reason: "missing_knowledge" } }, at(m));
    const questions = await repos().metrics.unansweredQuestions(range, 10);
    expect(questions.map((q) => [q.text, q.lang])).toEqual([["gift wrapping?", "en"], ["¿aceptan bitcoin?", "es"], ["do you repair bikes?", "en"]]);
    expect(questions[0]).toMatchObject({ conversationId: c.id, askedAt: at(4) });
    expect((await repos().metrics.unansweredQuestions(range, 2)).map((q) => q.text)).toEqual(["gift wrapping?", "¿aceptan bitcoin?"]);
  });
});
