import {
  errorBodySchema, knowledgeGapsReportSchema, metricsQuerySchema, metricsReportSchema, reportRangeQuerySchema,
  rerunGapQuestionsBodySchema, rerunGapQuestionsResultSchema,
} from "@relevo/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppDeps } from "../../../app/app-deps.js";
import { listKnowledgeGaps, type KnowledgeGaps } from "../../../app/knowledge/list-knowledge-gaps.js";
import { rerunGapQuestions } from "../../../app/knowledge/rerun-gap-questions.js";
import { getMetrics } from "../../../app/metrics/get-metrics.js";
import { requireStaff } from "../auth-guard.js";

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };
const rangeRules = "Days are the store's (Settings → time zone); `from` and `to` are included, at most 366 days apart.";

function gapsDto(gaps: KnowledgeGaps) {
  return {
    from: gaps.range.from, to: gaps.range.to, timeZone: gaps.range.timeZone, questions: gaps.questions, truncated: gaps.truncated,
    groups: gaps.groups.map((g) => ({
      ...g, firstSeen: g.firstSeen.toISOString(), lastSeen: g.lastSeen.toISOString(),
      examples: g.examples.map((e) => ({ text: e.text, askedAt: e.askedAt.toISOString() })),
    })),
  };
}

/** The metrics dashboard and the knowledge gaps, admins only; questions are grouped by `deps.groupQuestions`. */
export function metricsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook("onRequest", requireStaff(deps, "admin"));

    app.get("/api/v1/admin/metrics", {
      schema: {
        tags: ["metrics"], summary: "Resolution, routed-to-team and custom-message rates, handoff reasons, time to first human reply; by day and language",
        description: `Each figure is defined in the README's Metrics section. ${rangeRules}`,
        querystring: metricsQuerySchema, response: { 200: metricsReportSchema, ...errors },
      },
    }, async (request) => getMetrics(deps, request.query));

    app.get("/api/v1/admin/knowledge-gaps", {
      schema: {
        tags: ["metrics"], summary: "Questions the AI could not answer, grouped by meaning, most asked first",
        description: rangeRules, querystring: reportRangeQuerySchema, response: { 200: knowledgeGapsReportSchema, ...errors },
      },
    }, async (request) => gapsDto(await listKnowledgeGaps(deps, request.query, deps.groupQuestions)));

    app.post("/api/v1/admin/knowledge-gaps/rerun", {
      schema: {
        tags: ["metrics"], summary: "Ask the current knowledge the questions again (given, or those of a gap group)",
        description: "Nothing is stored. With `groupId`, pass the same `from`/`to` as the list it came from.",
        body: rerunGapQuestionsBodySchema, response: { 200: rerunGapQuestionsResultSchema, ...errors },
      },
    }, async (request) => rerunGapQuestions(deps, request.body, deps.groupQuestions));
  };
}
