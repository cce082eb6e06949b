import { describe, expect, it } from "vitest";
import { planTurn } from "./plan-turn.js";
import type { TurnAgent } from "./turn-plan.js";

const agent: TurnAgent = {
  decide: async () => ({ kind: "human_request", lang: "es" }),
  classifyYesNo: () => null,
  detectHumanRequest: () => true,
};

describe("planTurn: the notice a shopper queued for the Inbox reads", () => {
  const state = { status: "ai" as const, lang: "es", email: "ana@example.com", unansweredInARow: 0, pendingReason: null };
  const inbox = { kind: "helpdesk" as const, destination: "inbox" as const };

  it("uses the availability-aware notice in the shopper's language when one is given", async () => {
    const plan = await planTurn(state, { kind: "text", text: "quiero hablar con una persona" }, agent, { method: inbox, inboxNotice: (lang) => `notice:${lang}` });
    expect(plan.status).toBe("queued");
    expect(plan.replies.at(-1)?.text).toBe("notice:es");
  });

  it("falls back to the plain queued text without one", async () => {
    const plan = await planTurn(state, { kind: "text", text: "quiero hablar con una persona" }, agent, { method: inbox });
    expect(plan.replies.at(-1)?.text).toMatch(/He enviado tu conversación/);
  });
});
