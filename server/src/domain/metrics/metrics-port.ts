import type { ConversationFacts } from "./conversation-facts.js";

/** A shopper message the AI could not answer from the knowledge (`meta.decision = "no_knowledge"`). */
export interface UnansweredQuestion {
  messageId: string;
  conversationId: string;
  text: string;
  lang: string;
  askedAt: Date;
}

/** What metrics and knowledge gaps read from storage; implemented in storage/repos/metrics-repo.ts. */
export interface MetricsRepo {
  /** The facts of every conversation opened in [start, end): one round trip. */
  conversationFacts(range: { start: Date; end: Date }): Promise<ConversationFacts[]>;
  /** Unanswered shopper messages asked in [start, end), most recent first, at most `limit`. */
  unansweredQuestions(range: { start: Date; end: Date }, limit: number): Promise<UnansweredQuestion[]>;
}
