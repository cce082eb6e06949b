import { turnVoice } from "../../domain/agent-voice.js";
import type { AgentDecision } from "../../domain/agent-decision.js";
import { AppError } from "../../domain/errors.js";
import type { QuestionGrouper } from "../../domain/metrics/knowledge-gap.js";
import type { AppDeps } from "../app-deps.js";
import { listKnowledgeGaps } from "./list-knowledge-gaps.js";

export type RerunInput =
  | { questions: string[] }
  | { groupId: string; from?: string | undefined; to?: string | undefined };

export interface RerunResult {
  total: number;
  answered: number;
  results: Array<{
    question: string;
    answered: boolean;
    decision: AgentDecision["kind"];
    lang: string;
    answer: string | null;
    knowledgeIds: string[];
  }>;
}

/**
 * Asks the current answerer (knowledge as it is now, e.g. after "add the answer") the questions again,
 * each on its own as a first message (no context), and says how many it now answers. Given a group id,
 * the group is found again in the same range and its suggested question and alternates are asked.
 * Nothing is stored: the shoppers' conversations are not touched.
 *
 * @example
 * await rerunGapQuestions(deps, { questions: ["do you ship to Canada?"] }, groupQuestions);
 * // { total: 1, answered: 1, results: [{ decision: "answer", knowledgeIds: ["shipping-canada"], … }] }
 */
export async function rerunGapQuestions(
  deps: Pick<AppDeps, "uow" | "settings" | "now" | "answerer">,
  input: RerunInput,
  group: QuestionGrouper,
): Promise<RerunResult> {
  const { questions, locale } = "questions" in input ? { questions: input.questions, locale: undefined } : await groupQuestionsOf(deps, input, group);
  const answerer = await deps.answerer();
  const voice = turnVoice(await deps.settings());
  const results: RerunResult["results"] = [];
  // One at a time: an LLM answerer has rate limits, and 100 questions of the builtin one take milliseconds.
  for (const question of questions) {
    const decision = await answerer.decide({ text: question, context: [], voice, ...(locale ? { locale } : {}) });
    results.push({
      question, answered: decision.kind === "answer", decision: decision.kind, lang: decision.lang,
      answer: decision.kind === "answer" ? decision.text : null,
      knowledgeIds: decision.kind === "answer" ? decision.knowledgeIds : [],
    });
  }
  return { total: results.length, answered: results.filter((r) => r.answered).length, results };
}

async function groupQuestionsOf(
  deps: Pick<AppDeps, "uow" | "settings" | "now">,
  input: { groupId: string; from?: string | undefined; to?: string | undefined },
  group: QuestionGrouper,
) {
  const gaps = await listKnowledgeGaps(deps, { from: input.from, to: input.to }, group);
  const found = gaps.groups.find((g) => g.id === input.groupId);
  if (!found) {
    throw new AppError("not_found", `No knowledge gap ${input.groupId} between ${gaps.range.from} and ${gaps.range.to}; list the gaps again.`);
  }
  return { questions: [found.question, ...found.alternates].slice(0, 100), locale: found.lang };
}
