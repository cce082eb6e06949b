import type { QuestionGroup, QuestionGrouper } from "../../domain/metrics/knowledge-gap.js";
import { type ReportRange, resolveReportRange } from "../../domain/metrics/report-range.js";
import type { AppDeps } from "../app-deps.js";

/**
 * How many unanswered questions are grouped at most, the most recent kept: grouping compares each question
 * with every group, so this bounds the work of one request while covering months of a busy store.
 */
export const maxGapQuestions = 2000;

export interface KnowledgeGaps {
  range: ReportRange;
  questions: number;
  truncated: boolean;
  groups: QuestionGroup[];
}

/**
 * The questions the AI could not answer in a range of store-local days, grouped by meaning, most asked
 * first. "Could not answer" is a shopper message the answerer decided `no_knowledge` about; the second
 * of two in a row (a `repeated_failure` handoff) is one of them too. The grouper is passed in so app/
 * does not depend on agent/.
 *
 * @example
 * const gaps = await listKnowledgeGaps(deps, { from: "2026-03-01", to: "2026-03-31" }, groupQuestions);
 * gaps.groups[0]; // { question: "do you ship to Canada?", count: 7, alternates: […], … }
 */
export async function listKnowledgeGaps(
  deps: Pick<AppDeps, "uow" | "settings" | "now">,
  query: { from?: string | undefined; to?: string | undefined },
  group: QuestionGrouper,
): Promise<KnowledgeGaps> {
  const { timezone } = await deps.settings();
  const range = resolveReportRange(query, deps.now(), timezone);
  // One more than the cap tells whether the range held more than are grouped.
  const asked = await deps.uow.repos.metrics.unansweredQuestions(range, maxGapQuestions + 1);
  const kept = asked.slice(0, maxGapQuestions);
  return { range, questions: kept.length, truncated: asked.length > maxGapQuestions, groups: group(kept) };
}
