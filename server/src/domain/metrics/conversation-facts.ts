import type { HandoffReason } from "../agent-decision.js";

/** Where a handoff went. */
export type HandoffDestination = "inbox" | "zendesk" | "gorgias";

/**
 * What happened in one conversation, as far as the metrics care. storage/ derives these from the
 * conversation's events, messages and handoffs; the formulas (summarize-conversations.ts) only read them.
 * A conversation is one chat row: a context restarted after `resolved`/`ticketed` stays in it.
 */
export interface ConversationFacts {
  conversationId: string;
  /** When the chat was opened (its `conversation_started` event): decides its store-local day. */
  startedAt: Date;
  /** Language of the shopper's first analysed message; the chat's locale when none was analysed. */
  lang: string;
  /** Messages written by the shopper, typed or by button (Talk to a person, Yes, No). */
  shopperMessages: number;
  /** Shopper messages the AI answered from the knowledge (`meta.decision = "answer"`). */
  aiAnswers: number;
  /** The first handoff to people (later ones in the same chat do not count again); null when none. */
  firstHandoff: { reason: HandoffReason; destination: HandoffDestination } | null;
  /** The merchant's custom message was shown at least once (method = message). */
  customMessageShown: boolean;
  /**
   * When the chat first reached Relevo's Inbox (queued after a handoff, or after a helpdesk ticket fell
   * back) and when an agent first wrote to the shopper after that (internal notes excluded).
   */
  inbox: { queuedAt: Date; firstHumanReplyAt: Date | null } | null;
}
