import type { HandoffReason } from "./agent-decision.js";
import type { Citation, Lang } from "./knowledge.js";

export type MessageAuthor = "visitor" | "ai" | "agent" | "system";

export type SummarySource = "rules" | "model";

export interface TranscriptLine {
  author: MessageAuthor;
  /** Display name when known (the agent's name, the shopper's name). */
  authorName?: string | null;
  text: string;
  /** ISO 8601 with offset (UTC as stored). */
  createdAt: string;
}

/**
 * Everything people need to take over a conversation, rendered the same way in every destination
 * (Inbox, Zendesk, Gorgias). Recorded in the same transaction as the state change.
 */
export interface HandoffPacket {
  handoffId: string;
  conversationId: string;
  reason: HandoffReason;
  lang: Lang;
  email: string | null;
  name: string | null;
  profileId: string | null;
  pageUrl: string | null;
  citations: Citation[];
  summary: string;
  /**
   * Who wrote `summary`: Relevo's rules (extractive, at handoff time) or the language model, afterwards
   * (app/handoff/write-model-summary.ts). Absent in packets recorded before models wrote summaries: rules.
   */
  summarySource?: SummarySource;
  transcript: TranscriptLine[];
  /** Link to the conversation in Relevo's console. */
  consoleUrl: string;
  /** IANA zone the transcript times are shown in, e.g. "Europe/Madrid". */
  storeTimezone: string;
  createdAt: string;
}
