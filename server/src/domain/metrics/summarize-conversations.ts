import type { HandoffReason } from "../agent-decision.js";
import type { ConversationFacts } from "./conversation-facts.js";
import { mean, nearestRank } from "./percentiles.js";

export const handoffReasons: readonly HandoffReason[] = ["missing_knowledge", "customer_request", "repeated_failure", "safety"];

/** Time from reaching the Inbox to the first agent reply, over Inbox conversations. Seconds, whole. */
export interface FirstHumanReply {
  /** Inbox conversations an agent has replied to: the population of the figures below. */
  replied: number;
  /** Inbox conversations still without an agent reply (not in the figures: their wait is not over). */
  waiting: number;
  p50Seconds: number | null;
  p90Seconds: number | null;
  meanSeconds: number | null;
}

/** Every metric over one set of conversations (a range, a day or a language). */
export interface MetricsSummary {
  /** Chats opened. */
  conversations: number;
  /** Chats with at least one shopper message: the denominator of every rate. */
  engaged: number;
  resolvedByAi: number;
  routedToTeam: number;
  customMessage: number;
  /** Engaged chats in none of the three outcomes (e.g. the AI never answered, nobody was involved). */
  unresolved: number;
  /** resolvedByAi / engaged; null when nobody wrote. */
  resolutionRate: number | null;
  /** routedToTeam / engaged; null when nobody wrote. */
  routedToTeamRate: number | null;
  /** customMessage / engaged; null when nobody wrote. */
  customMessageRate: number | null;
  /** Routed chats by the reason of their first handoff; sums to routedToTeam. */
  handoffReasons: Record<HandoffReason, number>;
  firstHumanReply: FirstHumanReply;
}

/** Counted in the rates: the shopper wrote at least once (opening the widget alone is not a conversation to resolve). */
export const isEngaged = (c: ConversationFacts): boolean => c.shopperMessages > 0;

/** Handed to people: at least one handoff, to the Inbox, Zendesk or Gorgias; twice counts once. */
export const isRoutedToTeam = (c: ConversationFacts): boolean => isEngaged(c) && c.firstHandoff !== null;

/** Shown the merchant's custom message (method = message) at least once. */
export const isCustomMessage = (c: ConversationFacts): boolean => isEngaged(c) && c.customMessageShown;

/**
 * Resolved by the AI alone: the AI answered at least one shopper question from the knowledge, and the
 * chat was never handed to people nor shown the custom message. An offer of a person that the shopper
 * declined does not disqualify it; a chat of greetings only does not qualify.
 */
export const isResolvedByAi = (c: ConversationFacts): boolean =>
  isEngaged(c) && c.aiAnswers > 0 && !isRoutedToTeam(c) && !isCustomMessage(c);

/**
 * The metrics of a set of conversations, each formula in the predicates above.
 *
 * @example
 * summarizeConversations([{ ...facts, shopperMessages: 2, aiAnswers: 1 }]).resolutionRate // 1
 */
export function summarizeConversations(conversations: readonly ConversationFacts[]): MetricsSummary {
  const engaged = conversations.filter(isEngaged);
  const resolvedByAi = engaged.filter(isResolvedByAi).length;
  const routed = engaged.filter(isRoutedToTeam);
  const customMessage = engaged.filter(isCustomMessage).length;
  const unresolved = engaged.filter((c) => !isResolvedByAi(c) && !isRoutedToTeam(c) && !isCustomMessage(c)).length;
  return {
    conversations: conversations.length,
    engaged: engaged.length,
    resolvedByAi,
    routedToTeam: routed.length,
    customMessage,
    unresolved,
    resolutionRate: rate(resolvedByAi, engaged.length),
    routedToTeamRate: rate(routed.length, engaged.length),
    customMessageRate: rate(customMessage, engaged.length),
    handoffReasons: countReasons(routed),
    firstHumanReply: firstHumanReply(engaged),
  };
}

/** A share between 0 and 1, rounded to 4 decimals (0.1234 = 12.34 %) so sums do not show float noise. */
function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

function countReasons(routed: readonly ConversationFacts[]): Record<HandoffReason, number> {
  const counts: Record<HandoffReason, number> = { missing_knowledge: 0, customer_request: 0, repeated_failure: 0, safety: 0 };
  for (const c of routed) if (c.firstHandoff) counts[c.firstHandoff.reason] += 1;
  return counts;
}

function firstHumanReply(conversations: readonly ConversationFacts[]): FirstHumanReply {
  const waits: number[] = [];
  let waiting = 0;
  for (const c of conversations) {
    if (!c.inbox) continue;
    if (!c.inbox.firstHumanReplyAt) waiting += 1;
    else waits.push(Math.max(0, c.inbox.firstHumanReplyAt.getTime() - c.inbox.queuedAt.getTime()) / 1000);
  }
  waits.sort((a, b) => a - b);
  const seconds = (value: number | null) => (value === null ? null : Math.round(value));
  return {
    replied: waits.length,
    waiting,
    p50Seconds: seconds(nearestRank(waits, 50)),
    p90Seconds: seconds(nearestRank(waits, 90)),
    meanSeconds: seconds(mean(waits)),
  };
}
