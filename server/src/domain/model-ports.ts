import type { HandoffReason } from "./agent-decision.js";
import type { TranscriptLine } from "./handoff-packet.js";

/**
 * Writes the handoff packet's summary for the people taking over. Implemented with the configured
 * language model (agent/llm/summarize-handoff.ts); absent without one, and the rule-built summary stays.
 * Throws on any failure (timeout, HTTP error, unusable output): callers keep the rule-built summary.
 */
export interface Summarizer {
  summarize(input: { transcript: TranscriptLine[]; lang: string; reason: HandoffReason }): Promise<string>;
}

/**
 * Translates texts for the console, one result per text in the same order. Implemented with the
 * configured language model (agent/llm/translate-texts.ts). Throws on any failure.
 */
export interface Translator {
  translate(input: { texts: string[]; to: string }): Promise<string[]>;
}
