import { describe, expect, it } from "vitest";
import type { AgentDecision, YesNo } from "../agent-decision.js";
import type { HandoffMethod } from "../handoff-method.js";
import { planTurn } from "./plan-turn.js";
import type { TurnAgent, TurnState } from "./turn-plan.js";

function agentThatDecides(decision: AgentDecision, yesNo: YesNo = null): TurnAgent {
  return {
    decide: async () => decision,
    classifyYesNo: () => yesNo,
    detectHumanRequest: () => decision.kind === "human_request",
  };
}

const inbox: HandoffMethod = { kind: "helpdesk", destination: "inbox" };
const zendesk: HandoffMethod = { kind: "helpdesk", destination: "zendesk" };
const message: HandoffMethod = { kind: "message", texts: { es: "Escríbenos a [ayuda](https://x)" }, defaultText: "See [help](https://x)" };
const fresh: TurnState = { status: "ai", lang: "en", email: null, unansweredInARow: 0, pendingReason: null };
const noKnowledge: AgentDecision = { kind: "no_knowledge", lang: "en" };
const text = (t: string) => ({ kind: "text" as const, text: t });

describe("planTurn", () => {
  it("answers with citations and stays with the AI", async () => {
    const answer: AgentDecision = {
      kind: "answer", lang: "en", text: "30 days.", knowledgeIds: ["k1"],
      citations: [{ knowledgeId: "k1", title: "Returns" }],
    };
    const plan = await planTurn(fresh, text("return window?"), agentThatDecides(answer), { method: inbox });
    expect(plan.status).toBe("ai");
    expect(plan.replies).toEqual([expect.objectContaining({ text: "30 days.", citations: answer.citations })]);
    expect(plan.handoff).toBeNull();
  });

  it("offers a person with yes/no actions when the knowledge has no answer", async () => {
    const plan = await planTurn(fresh, text("do you sell cars?"), agentThatDecides(noKnowledge), { method: inbox });
    expect(plan.status).toBe("offering");
    expect(plan.pendingReason).toBe("missing_knowledge");
    expect(plan.replies[0]?.actions?.map((a) => a.type)).toEqual(["handoff.accept", "handoff.decline"]);
  });

  it("names the second unanswered question in a row a repeated failure", async () => {
    const state = { ...fresh, unansweredInARow: 1 };
    const plan = await planTurn(state, text("and boats?"), agentThatDecides(noKnowledge), { method: inbox });
    expect(plan.pendingReason).toBe("repeated_failure");
  });

  it("treats an explicit request for a person as consent and asks an unidentified shopper for an email", async () => {
    const plan = await planTurn(fresh, text("human please"), agentThatDecides({ kind: "human_request", lang: "en" }), { method: inbox });
    expect(plan.status).toBe("collecting_email");
    expect(plan.events.map((e) => e.name)).toEqual(["email_requested"]);
  });

  it("queues an identified shopper for the inbox at once", async () => {
    const state = { ...fresh, email: "ana@example.com" };
    const plan = await planTurn(state, { kind: "action", action: "human.request" }, agentThatDecides(noKnowledge), { method: inbox });
    expect(plan.status).toBe("queued");
    expect(plan.handoff).toEqual({ reason: "customer_request", destination: "inbox" });
  });

  it("goes back to the AI when the shopper says no to the offer", async () => {
    const state: TurnState = { ...fresh, status: "offering", pendingReason: "missing_knowledge" };
    const plan = await planTurn(state, text("no thanks"), agentThatDecides(noKnowledge, "no"), { method: inbox });
    expect(plan.status).toBe("ai");
    expect(plan.handoff).toBeNull();
  });

  it("re-asks an invalid email with the reason, then tickets a valid one for Zendesk", async () => {
    const state: TurnState = { ...fresh, status: "collecting_email", pendingReason: "missing_knowledge" };
    const bad = await planTurn(state, text("ana at example"), agentThatDecides(noKnowledge), { method: zendesk });
    expect(bad.status).toBe("collecting_email");
    expect(bad.replies[0]?.text).toContain("no @");
    const good = await planTurn(state, text("it's Ana@Example.com"), agentThatDecides(noKnowledge), { method: zendesk });
    expect(good.status).toBe("ticketed");
    expect(good.email).toBe("Ana@example.com");
    expect(good.handoff).toEqual({ reason: "missing_knowledge", destination: "zendesk" });
    expect(good.replies[0]?.text).toContain("Ana@example.com");
  });

  it("shows the custom message in the shopper's language instead of offering a person", async () => {
    const plan = await planTurn(fresh, text("¿venden coches?"), agentThatDecides({ kind: "no_knowledge", lang: "es" }), { method: message });
    expect(plan.status).toBe("ai");
    expect(plan.replies[0]?.text).toBe("Escríbenos a [ayuda](https://x)");
    expect(plan.events.map((e) => e.name)).toEqual(["custom_message_shown"]);
  });

  it("fires safety handovers whatever the method, keeping the safety warning with a custom message", async () => {
    const safety: AgentDecision = { kind: "safety", lang: "en", safety: "self_harm" };
    const plan = await planTurn(fresh, text("..."), agentThatDecides(safety), { method: message });
    expect(plan.replies[0]?.text).toContain("emergency number");
    expect(plan.replies[0]?.text).toContain("See [help](https://x)");
    const offered = await planTurn(fresh, text("..."), agentThatDecides(safety), { method: inbox });
    expect(offered.pendingReason).toBe("safety");
  });

  it("keeps the AI silent while a person owns the conversation", async () => {
    const plan = await planTurn({ ...fresh, status: "with_agent" }, text("hello?"), agentThatDecides(noKnowledge), { method: inbox });
    expect(plan.replies).toEqual([]);
    expect(plan.status).toBe("with_agent");
  });

  it("starts a fresh AI context after a ticket, without looping back into a handoff", async () => {
    const state: TurnState = { ...fresh, status: "ticketed", unansweredInARow: 1 };
    const plan = await planTurn(state, text("where is my parcel"), agentThatDecides(noKnowledge), { method: inbox });
    expect(plan.restartedContext).toBe(true);
    expect(plan.pendingReason).toBe("missing_knowledge");
    expect(plan.events.map((e) => e.name)).toEqual(["context_restarted", "handoff_offered"]);
  });

  it("treats other text during an offer as a new question", async () => {
    const answer: AgentDecision = { kind: "answer", lang: "en", text: "Yes.", knowledgeIds: ["k"], citations: [] };
    const plan = await planTurn({ ...fresh, status: "offering", pendingReason: "missing_knowledge" }, text("do you ship to Mexico?"), agentThatDecides(answer), { method: inbox });
    expect(plan.status).toBe("ai");
    expect(plan.events.map((e) => e.name)).toEqual(["offer_ignored"]);
  });
});
