import { z } from "zod";

/**
 * Admin API of the metrics dashboard and the knowledge gaps. Every figure is defined in
 * server/src/domain/metrics/summarize-conversations.ts and explained in the README's "Metrics" section.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD");
const rate = z.number().min(0).max(1).nullable();

/** A range of whole days in the store's time zone; both ends included. Defaults: the last 30 days. */
export const reportRangeQuerySchema = z.object({
  from: isoDate.optional().describe("First day (store time zone), included. Default: 29 days before `to`."),
  to: isoDate.optional().describe("Last day (store time zone), included. Default: today. At most 366 days after `from`."),
});

export const metricsQuerySchema = reportRangeQuerySchema.extend({
  lang: z.string().regex(/^[a-z]{2}$/, "must be an ISO 639-1 code such as en or es").optional()
    .describe("Only conversations in this language (that of the shopper's first message)."),
});

export const handoffReasonCountsSchema = z.object({
  missing_knowledge: z.number().int(),
  customer_request: z.number().int(),
  repeated_failure: z.number().int(),
  safety: z.number().int(),
});

export const metricsSummarySchema = z.object({
  conversations: z.number().int().describe("Chats opened."),
  engaged: z.number().int().describe("Chats with at least one shopper message: the denominator of every rate."),
  resolvedByAi: z.number().int().describe("The AI answered at least once and the chat was never handed to people nor shown the custom message."),
  routedToTeam: z.number().int().describe("Chats handed to people (Inbox, Zendesk, Gorgias) at least once."),
  customMessage: z.number().int().describe("Chats shown the merchant's custom message at least once."),
  unresolved: z.number().int().describe("Engaged chats in none of the three outcomes."),
  resolutionRate: rate.describe("resolvedByAi / engaged (0–1); null when nobody wrote."),
  routedToTeamRate: rate.describe("routedToTeam / engaged (0–1); null when nobody wrote."),
  customMessageRate: rate.describe("customMessage / engaged (0–1); null when nobody wrote."),
  handoffReasons: handoffReasonCountsSchema.describe("Routed chats by the reason of their first handoff."),
  firstHumanReply: z.object({
    replied: z.number().int(),
    waiting: z.number().int().describe("Inbox chats with no agent reply yet (not in the times)."),
    p50Seconds: z.number().nullable(),
    p90Seconds: z.number().nullable(),
    meanSeconds: z.number().nullable(),
  }).describe("From reaching the Inbox to the first agent reply, Inbox chats only; nearest-rank percentiles."),
});

export const metricsReportSchema = z.object({
  from: isoDate,
  to: isoDate,
  timeZone: z.string(),
  lang: z.string().nullable(),
  totals: metricsSummarySchema,
  byDay: z.array(metricsSummarySchema.extend({ date: isoDate })),
  byLanguage: z.array(metricsSummarySchema.extend({ lang: z.string() })),
});

export const knowledgeGapSchema = z.object({
  id: z.string().describe("Pass as `groupId` to re-run the group's questions."),
  lang: z.string(),
  count: z.number().int().describe("Times a question of this group was asked in the range."),
  question: z.string().describe("The most representative phrasing: pre-fill the FAQ question with it."),
  alternates: z.array(z.string()).describe("Other phrasings: pre-fill the FAQ alternates with them."),
  examples: z.array(z.object({ text: z.string(), askedAt: z.string() })).describe("The latest questions as asked, most recent first."),
  firstSeen: z.string(),
  lastSeen: z.string(),
});

export const knowledgeGapsReportSchema = z.object({
  from: isoDate,
  to: isoDate,
  timeZone: z.string(),
  /** Unanswered shopper messages read; capped, the most recent kept. */
  questions: z.number().int(),
  truncated: z.boolean().describe("True when the range held more unanswered questions than are grouped (the most recent are)."),
  groups: z.array(knowledgeGapSchema),
});

export const rerunGapQuestionsBodySchema = z.union([
  z.object({ questions: z.array(z.string().trim().min(1).max(4000)).min(1).max(100) }).strict(),
  z.object({ groupId: z.string().regex(/^[0-9a-f]{16}$/), from: isoDate.optional(), to: isoDate.optional() }).strict(),
]);

export const rerunGapQuestionsResultSchema = z.object({
  total: z.number().int(),
  answered: z.number().int().describe("Questions the current knowledge now answers."),
  results: z.array(z.object({
    question: z.string(),
    answered: z.boolean(),
    decision: z.enum(["answer", "no_knowledge", "human_request", "safety", "solved", "smalltalk"]),
    lang: z.string(),
    answer: z.string().nullable(),
    knowledgeIds: z.array(z.string()),
  })),
});

export type MetricsQuery = z.infer<typeof metricsQuerySchema>;
export type MetricsReportDto = z.infer<typeof metricsReportSchema>;
export type KnowledgeGapDto = z.infer<typeof knowledgeGapSchema>;
export type KnowledgeGapsReportDto = z.infer<typeof knowledgeGapsReportSchema>;
export type RerunGapQuestionsBody = z.infer<typeof rerunGapQuestionsBodySchema>;
export type RerunGapQuestionsResultDto = z.infer<typeof rerunGapQuestionsResultSchema>;
