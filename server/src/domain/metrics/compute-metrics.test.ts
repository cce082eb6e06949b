import { describe, expect, it } from "vitest";
import { computeMetrics } from "./compute-metrics.js";
import type { ConversationFacts } from "./conversation-facts.js";
import { resolveReportRange } from "./report-range.js";
import { summarizeConversations } from "./summarize-conversations.js";

let n = 0;
/** A chat opened at `at` in which the shopper wrote once and nothing else happened. */
function chat(at: string, changes: Partial<ConversationFacts> = {}): ConversationFacts {
  n += 1;
  return {
    conversationId: `c${n}`, startedAt: new Date(at), lang: "en", shopperMessages: 1, aiAnswers: 0,
    firstHandoff: null, customMessageShown: false, inbox: null, ...changes,
  };
}
const answered = (at: string, more: Partial<ConversationFacts> = {}) => chat(at, { aiAnswers: 1, ...more });
const inboxAfter = (at: string, seconds: number | null) => ({
  queuedAt: new Date(at),
  firstHumanReplyAt: seconds === null ? null : new Date(Date.parse(at) + seconds * 1000),
});
const now = new Date("2026-03-10T12:00:00Z");

describe("metric formulas", () => {
  it("counts a chat the AI answered and nobody else touched as resolved by the AI", () => {
    const s = summarizeConversations([answered("2026-03-01T10:00:00Z"), chat("2026-03-01T11:00:00Z")]);
    expect(s).toMatchObject({ conversations: 2, engaged: 2, resolvedByAi: 1, unresolved: 1, resolutionRate: 0.5 });
  });

  it("leaves chats without a shopper message out of every rate", () => {
    const s = summarizeConversations([answered("2026-03-01T10:00:00Z"), chat("2026-03-01T10:05:00Z", { shopperMessages: 0 })]);
    expect(s).toMatchObject({ conversations: 2, engaged: 1, resolutionRate: 1, routedToTeamRate: 0, customMessageRate: 0 });
  });

  it("gives null rates, not zero, when nobody wrote", () => {
    const s = summarizeConversations([chat("2026-03-01T10:00:00Z", { shopperMessages: 0 })]);
    expect(s).toMatchObject({ engaged: 0, resolutionRate: null, routedToTeamRate: null, customMessageRate: null });
  });

  it("does not count as resolved a chat the AI answered but then handed to people", () => {
    const s = summarizeConversations([
      answered("2026-03-01T10:00:00Z", { firstHandoff: { reason: "missing_knowledge", destination: "inbox" } }),
      answered("2026-03-01T10:00:00Z", { customMessageShown: true }),
    ]);
    expect(s).toMatchObject({ resolvedByAi: 0, routedToTeam: 1, customMessage: 1, routedToTeamRate: 0.5, customMessageRate: 0.5 });
  });

  it("counts handoff reasons once per routed chat, by its first handoff, across every destination", () => {
    const s = summarizeConversations([
      chat("2026-03-01T10:00:00Z", { firstHandoff: { reason: "customer_request", destination: "zendesk" } }),
      chat("2026-03-01T10:00:00Z", { firstHandoff: { reason: "safety", destination: "gorgias" } }),
      chat("2026-03-01T10:00:00Z", { firstHandoff: { reason: "repeated_failure", destination: "inbox" } }),
    ]);
    expect(s.handoffReasons).toEqual({ missing_knowledge: 0, customer_request: 1, repeated_failure: 1, safety: 1 });
    expect(s.routedToTeamRate).toBe(1);
  });

  it("rounds rates to four decimals", () => {
    const s = summarizeConversations([answered("2026-03-01T10:00:00Z"), chat("2026-03-01T10:00:00Z"), chat("2026-03-01T10:00:00Z")]);
    expect(s.resolutionRate).toBe(0.3333);
  });

  it("measures the first human reply by nearest rank, counting chats still waiting apart", () => {
    const routed = { firstHandoff: { reason: "customer_request" as const, destination: "inbox" as const } };
    const waits = [60, 120, 180, 240, 300, 360, 420, 480, 540, 3600];
    const s = summarizeConversations([
      ...waits.map((w) => chat("2026-03-01T10:00:00Z", { ...routed, inbox: inboxAfter("2026-03-01T10:00:00Z", w) })),
      chat("2026-03-01T10:00:00Z", { ...routed, inbox: inboxAfter("2026-03-01T10:00:00Z", null) }),
      chat("2026-03-01T10:00:00Z", { ...routed }),
    ]);
    expect(s.firstHumanReply).toEqual({ replied: 10, waiting: 1, p50Seconds: 300, p90Seconds: 540, meanSeconds: 630 });
  });

  it("reports no reply times when no Inbox chat got a reply", () => {
    expect(summarizeConversations([answered("2026-03-01T10:00:00Z")]).firstHumanReply).toEqual({
      replied: 0, waiting: 0, p50Seconds: null, p90Seconds: null, meanSeconds: null,
    });
  });
});

describe("metrics by day and by language", () => {
  it("puts a chat on the store-local day it was opened and lists every day of the range", () => {
    const range = resolveReportRange({ from: "2026-03-01", to: "2026-03-03" }, now, "Europe/Madrid");
    const late = answered("2026-03-01T23:30:00Z"); // 00:30 on 2 March in Madrid
    const report = computeMetrics([answered("2026-03-01T08:00:00Z"), late], range, null);
    expect(report.byDay.map((d) => [d.date, d.conversations])).toEqual([["2026-03-01", 1], ["2026-03-02", 1], ["2026-03-03", 0]]);
    expect(report.byDay[2]?.resolutionRate).toBeNull();
    expect(report.totals.conversations).toBe(2);
  });

  it("leaves out chats opened outside the range in the store's time zone", () => {
    const range = resolveReportRange({ from: "2026-03-02", to: "2026-03-02" }, now, "Europe/Madrid");
    const report = computeMetrics([answered("2026-03-01T22:59:00Z"), answered("2026-03-02T22:59:00Z"), answered("2026-03-02T23:00:00Z")], range, null);
    expect(report.totals.conversations).toBe(1);
  });

  it("splits by language, most chats first, and narrows to one language when asked", () => {
    const range = resolveReportRange({ from: "2026-03-01", to: "2026-03-01" }, now, "UTC");
    const facts = [answered("2026-03-01T08:00:00Z", { lang: "es" }), chat("2026-03-01T09:00:00Z", { lang: "es" }), answered("2026-03-01T10:00:00Z")];
    const all = computeMetrics(facts, range, null);
    expect(all.byLanguage.map((l) => [l.lang, l.conversations, l.resolutionRate])).toEqual([["es", 2, 0.5], ["en", 1, 1]]);
    const spanish = computeMetrics(facts, range, "es");
    expect(spanish).toMatchObject({ lang: "es", totals: { conversations: 2 } });
    expect(spanish.byLanguage.map((l) => l.lang)).toEqual(["es"]);
  });
});
