import type { AgentDecision } from "../../domain/agent-decision.js";
import type { KnowledgeEntry } from "../../domain/knowledge.js";
import { citationOf } from "../builtin/answer-text.js";
import type { ModelAnswer } from "./answer-schema.js";
import type { ResolvedVoice } from "./llm-options.js";

/** Why a model answer was not shown; for logs and tests, never for the shopper. */
export type Rejection =
  | "not_answerable" | "empty" | "unknown_ids" | "forbidden_phrase" | "quotes_prompt" | "claims_handoff" | "ungrounded_number";

export type Checked = { ok: true; decision: AgentDecision } | { ok: false; rejection: Rejection };

// The model may only *say* what Relevo does; a promise to transfer that Relevo did not decide would lie to the shopper.
const HANDOFF_CLAIMS = [
  /\b(transferr?ing|escalat(ing|ed)|connecting) you\b/i, /\b(i'?ll|i will|let me) (transfer|connect|escalate)\b/i,
  /\b(te|le) (paso|transfiero|comunico|conecto)\b/i, /\btransfiri[eé]ndo(te|le)\b/i,
];
const SHINGLE = 6;

/**
 * Turns the model's structured answer into Relevo's decision, trusting none of it: the ids must be
 * among the retrieved candidates, the text must be non-empty, free of forbidden phrases, of handoff
 * promises and of quotes from the instructions. Any failure is no_knowledge (the offer of a person).
 */
export function checkModelAnswer(
  answer: ModelAnswer,
  ctx: { lang: string; candidates: KnowledgeEntry[]; voice: ResolvedVoice; systemPrompt: string; question: string },
): Checked {
  const text = answer.answer.trim();
  if (!answer.answerable) return { ok: false, rejection: "not_answerable" };
  if (!text) return { ok: false, rejection: "empty" };
  const byId = new Map(ctx.candidates.map((entry) => [entry.id, entry]));
  const used = [...new Set(answer.usedIds)];
  const entries = used.flatMap((id) => byId.get(id) ?? []);
  if (used.length === 0 || entries.length !== used.length) return { ok: false, rejection: "unknown_ids" };
  const lower = text.toLowerCase();
  if (ctx.voice.forbiddenPhrases.some((phrase) => lower.includes(phrase.toLowerCase()))) return { ok: false, rejection: "forbidden_phrase" };
  if (HANDOFF_CLAIMS.some((pattern) => pattern.test(text))) return { ok: false, rejection: "claims_handoff" };
  if (quotesPrompt(text, ctx.systemPrompt)) return { ok: false, rejection: "quotes_prompt" };
  if (!numbersGrounded(text, [ctx.question, ...entries.map(entryText)])) return { ok: false, rejection: "ungrounded_number" };
  return {
    ok: true,
    decision: { kind: "answer", lang: ctx.lang, text, citations: entries.map(citationOf), knowledgeIds: entries.map((e) => e.id) },
  };
}

/**
 * The checks a draft of the answer gets before the shopper sees it while it is generated: the same text
 * rules as the final answer (forbidden phrases, handoff promises, quotes of the instructions, numbers),
 * with numbers checked against every retrieved entry because the draft does not yet say which it uses.
 */
export function draftAcceptable(
  text: string,
  ctx: { candidates: KnowledgeEntry[]; voice: ResolvedVoice; systemPrompt: string; question: string },
): boolean {
  const lower = text.toLowerCase();
  if (ctx.voice.forbiddenPhrases.some((phrase) => lower.includes(phrase.toLowerCase()))) return false;
  if (HANDOFF_CLAIMS.some((pattern) => pattern.test(text))) return false;
  if (quotesPrompt(text, ctx.systemPrompt)) return false;
  return numbersGrounded(text, [ctx.question, ...ctx.candidates.map(entryText)]);
}

/** True when the answer repeats any run of six words of the instructions, or a data tag. */
function quotesPrompt(text: string, systemPrompt: string): boolean {
  if (/<\/?(knowledge|earlier_messages|shopper_message)>/i.test(text)) return true;
  const promptWords = words(systemPrompt);
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE <= promptWords.length; i += 1) shingles.add(promptWords.slice(i, i + SHINGLE).join(" "));
  const answerWords = words(text);
  for (let i = 0; i + SHINGLE <= answerWords.length; i += 1) {
    if (shingles.has(answerWords.slice(i, i + SHINGLE).join(" "))) return true;
  }
  return false;
}

/**
 * Every number in the answer (days, prices, percentages) must appear in the cited entries or the
 * question: a model that turns "30 days" into "60 days" is the costliest hallucination a store can show.
 */
function numbersGrounded(text: string, sources: string[]): boolean {
  const known = new Set(sources.flatMap(numbers));
  return numbers(text).every((n) => known.has(n));
}

function numbers(text: string): string[] {
  return (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/[.,](?=\d{3}\b)/g, "").replace(",", "."));
}

function entryText(entry: KnowledgeEntry): string {
  return entry.kind === "faq" ? `${entry.question} ${entry.answer}` : `${entry.title} ${entry.body}`;
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
