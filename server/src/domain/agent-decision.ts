import type { Citation, Lang } from "./knowledge.js";

/** Why a conversation is handed to people. Stored on every handoff; stable codes. */
export type HandoffReason =
  | "missing_knowledge"
  | "customer_request"
  | "repeated_failure"
  | "safety";

export type SafetyKind = "anger" | "legal_threat" | "self_harm" | "card_number";

/**
 * What the agent decided about one shopper message while the AI owns the conversation.
 * Produced by agent/ (builtin or llm answerer), consumed by the conversation use cases.
 */
export type AgentDecision =
  | { kind: "answer"; lang: Lang; text: string; citations: Citation[]; knowledgeIds: string[] }
  | { kind: "no_knowledge"; lang: Lang }
  | { kind: "human_request"; lang: Lang }
  | { kind: "safety"; lang: Lang; safety: SafetyKind }
  /** The shopper says the problem is solved ("thanks, that's all"). */
  | { kind: "solved"; lang: Lang }
  /** A greeting or thanks that needs a polite reply but is neither a question nor a failure. */
  | { kind: "smalltalk"; lang: Lang; smalltalk: "greeting" | "thanks" };

/** A typed yes/no reply to a question the agent asked (the handoff offer). */
export type YesNo = "yes" | "no" | null;
