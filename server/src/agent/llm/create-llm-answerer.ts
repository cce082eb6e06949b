import type { DeepPartial, LanguageModel } from "ai";
import type { AgentDecision } from "../../domain/agent-decision.js";
import type { KnowledgeEntry } from "../../domain/knowledge.js";
import type { Answerer } from "../../domain/ports.js";
import { type BuiltinAnswerer, createBuiltinAnswerer } from "../builtin/index.js";
import type { ModelAnswer } from "./answer-schema.js";
import { askModel } from "./ask-model.js";
import { buildSystemPrompt, buildUserPrompt } from "./build-prompt.js";
import { checkModelAnswer, draftAcceptable, type Rejection } from "./check-model-answer.js";
import { createDraftFeed } from "./draft-feed.js";
import { retrieveCandidates, type SemanticSearch } from "./retrieve-candidates.js";
import { type ResolvedVoice, resolveVoice, type VoiceOptions } from "./llm-options.js";
import { streamModel } from "./stream-model.js";

/** What happened to one turn, for logs and tests. */
export type LlmOutcome =
  | { kind: "rules" }
  | { kind: "no_candidates" }
  | { kind: "model_answer" }
  | { kind: "rejected"; rejection: Rejection | "wrong_language" }
  | { kind: "fallback"; error: unknown };

export interface LlmAnswererOptions extends VoiceOptions {
  model: LanguageModel;
  /** Past this the turn gets the builtin decision (RELEVO_LLM_TIMEOUT_MS). */
  timeoutMs: number;
  /** How many retrieved entries the model may answer from. */
  candidateLimit?: number;
  /** The builtin answerer over the same entries, when the caller already built one. */
  builtin?: BuiltinAnswerer;
  onOutcome?: (outcome: LlmOutcome) => void;
  /** The least time between two drafts sent to `onDraft` (default 75 ms). */
  draftIntervalMs?: number;
  /** With embeddings configured (RELEVO_EMBEDDINGS_MODEL): fused with the lexical hits (retrieve-candidates.ts). */
  semanticSearch?: SemanticSearch;
}

type DecideInput = Parameters<Answerer["decide"]>[0];

export interface LlmAnswerer extends Answerer {
  decide(input: DecideInput): Promise<AgentDecision>;
}

/**
 * The language model answerer. Relevo's rules run first (the builtin answerer's decision: safety,
 * a request for a person, "solved", small talk are final); only a knowledge question reaches the
 * model, with the top retrieved entries as data. The model's structured verdict is checked
 * (checkModelAnswer); a timeout or any error returns the builtin decision, so the shopper always
 * gets a reply. The voice (brand, tone, forbidden phrases) is the turn's `voice` from the store's settings,
 * else the options'. Given `onDraft`, the answer is streamed and its growing text reported as drafts (checked
 * by the same text rules); the decision is still only the checked final answer.
 *
 * @example
 * const answerer = createLlmAnswerer(entries, { model: provider("llama3.1"), timeoutMs: 15_000, brandName: "Acme" });
 * await answerer.decide({ text: "do you ship to Canada?", context: [] });
 * // { kind: "answer", lang: "en", text: "Yes, we ship to Canada …", citations: [...], knowledgeIds: ["shipping-abroad"] }
 */
export function createLlmAnswerer(entries: KnowledgeEntry[], options: LlmAnswererOptions): LlmAnswerer {
  const builtin = options.builtin ?? createBuiltinAnswerer(entries);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const defaultVoice = resolveVoice(options);
  const report = options.onOutcome ?? (() => {});
  const done = (outcome: LlmOutcome, decision: AgentDecision): AgentDecision => {
    report(outcome);
    return decision;
  };
  const limit = options.candidateLimit ?? 5;
  return {
    async decide(input) {
      const base = builtin.decide(input);
      if (base.kind !== "answer" && base.kind !== "no_knowledge") return done({ kind: "rules" }, base);
      const candidates = await retrieveCandidates(builtin, byId, input, base, limit, options.semanticSearch);
      if (candidates.length === 0) return done({ kind: "no_candidates" }, base);
      // The store's settings of this moment win over the options given at build time (eval, benchmarks).
      const voice = input.voice ? resolveVoice(input.voice) : defaultVoice;
      const system = buildSystemPrompt(voice, base.lang);
      const request = { system, prompt: buildUserPrompt({ ...input, candidates }), timeoutMs: options.timeoutMs };
      let answer: ModelAnswer;
      try {
        if (!input.onDraft) answer = await askModel(options.model, request);
        else answer = await streamModel(options.model, request, draftsFor(input.onDraft, { candidates, voice, systemPrompt: system, question: input.text }, options.draftIntervalMs));
      } catch (error) {
        return done({ kind: "fallback", error }, base);
      }
      const noKnowledge: AgentDecision = { kind: "no_knowledge", lang: base.lang };
      if (answer.answerable && answer.language !== base.lang) return done({ kind: "rejected", rejection: "wrong_language" }, noKnowledge);
      const checked = checkModelAnswer(answer, { lang: base.lang, candidates, voice, systemPrompt: system, question: input.text });
      if (!checked.ok) return done({ kind: "rejected", rejection: checked.rejection }, noKnowledge);
      return done({ kind: "model_answer" }, checked.decision);
    },
  };
}

/** The partial-answer listener that feeds `onDraft`, checked like the final answer. */
function draftsFor(
  onDraft: (text: string) => void,
  ctx: { candidates: KnowledgeEntry[]; voice: ResolvedVoice; systemPrompt: string; question: string },
  intervalMs = 75,
): (partial: DeepPartial<ModelAnswer>) => void {
  const feed = createDraftFeed({ onDraft, intervalMs, acceptable: (text) => draftAcceptable(text, ctx) });
  return (partial) => feed.offer(partial);
}
