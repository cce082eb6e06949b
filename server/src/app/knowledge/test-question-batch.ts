import { turnVoice } from "../../domain/agent-voice.js";
import { AppError } from "../../domain/errors.js";
import { type CaseOutcome, computeMetrics, isCorrect, type Metrics, metricsBy } from "../../domain/eval/eval-metrics.js";
import type { AppDeps } from "../app-deps.js";

/** A batch runs inside one request: enough for a merchant's regression set, bounded for the server. */
export const maxBatchCases = 500;

export interface BatchResult {
  id: string;
  lang: string;
  expect: CaseOutcome["expect"];
  expectedKnowledgeIds: string[];
  /** Expected ids this store has no knowledge for (a typo, or an entry since deleted): such a case cannot pass. */
  unknownKnowledgeIds: string[];
  question: string;
  context: string[];
  decision: CaseOutcome["decision"]["kind"];
  knowledgeIds: string[];
  answer: string | null;
  correct: boolean;
  ms: number;
}

export interface BatchReport {
  summary: Metrics;
  byLang: Record<string, Metrics>;
  results: BatchResult[];
}

/**
 * The console's batch test (DESIGN.md §1): a file of shopper questions with what should happen, in the
 * format `relevo eval` reads, run against the store's knowledge and voice settings of this moment, scored
 * with the same formulas (domain/eval/eval-metrics.ts). Nothing is stored, no conversation is touched.
 * A file with any bad line is refused whole, listing each (as an import is).
 *
 * @example
 * await testQuestionBatch(deps, { fileName: "regressions.jsonl", content });
 * // { summary: { cases: 40, decision_accuracy: 0.95, … }, byLang: { en: …, es: … }, results: [...] }
 */
export async function testQuestionBatch(
  deps: Pick<AppDeps, "answerer" | "settings" | "parseQuestionCases" | "uow">,
  input: { fileName: string; content: string },
): Promise<BatchReport> {
  const parsed = deps.parseQuestionCases(input.content);
  if (!parsed.ok) {
    const n = parsed.errors.length;
    throw new AppError("batch_invalid", `${input.fileName} was not run: ${n} error${n === 1 ? "" : "s"}.`, { errors: parsed.errors });
  }
  const { cases } = parsed;
  if (cases.length > maxBatchCases) {
    throw new AppError("batch_invalid", `${input.fileName} has ${cases.length} questions; a batch runs at most ${maxBatchCases}. Split the file.`, {
      errors: [{ line: 0, reason: `${cases.length} cases, at most ${maxBatchCases}` }],
    });
  }
  const expectedIds = [...new Set(cases.flatMap((c) => c.kb ?? []))];
  const known = new Set((await deps.uow.repos.knowledge.findMany(expectedIds)).map((entry) => entry.id));
  const [answerer, settings] = await Promise.all([deps.answerer(), deps.settings()]);
  const voice = turnVoice(settings);
  const outcomes: CaseOutcome[] = [];
  const results: BatchResult[] = [];
  // One at a time, as `relevo eval` does: a language model has rate limits, and each case's time is its own.
  for (const c of cases) {
    const question = c.messages.at(-1) ?? "";
    const context = c.messages.slice(0, -1);
    const started = performance.now();
    const decision = await answerer.decide({ text: question, context, voice });
    const ms = Math.round((performance.now() - started) * 1000) / 1000;
    const outcome: CaseOutcome = { id: c.id, lang: c.lang, split: undefined, expect: c.expect, kb: c.kb ?? [], decision, ms };
    outcomes.push(outcome);
    results.push({
      id: c.id, lang: c.lang, expect: c.expect, expectedKnowledgeIds: outcome.kb, unknownKnowledgeIds: outcome.kb.filter((id) => !known.has(id)),
      question, context, decision: decision.kind, knowledgeIds: decision.kind === "answer" ? decision.knowledgeIds : [],
      answer: decision.kind === "answer" ? decision.text : null, correct: isCorrect(outcome), ms,
    });
  }
  return { summary: computeMetrics(outcomes), byLang: metricsBy(outcomes, (o) => o.lang), results };
}
