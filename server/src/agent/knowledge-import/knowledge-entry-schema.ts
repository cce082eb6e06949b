import { z } from "zod";
import type { KnowledgeEntry } from "../../domain/knowledge.js";

/** Limits generous for real help centres, small enough to keep retrieval and storage sane. */
export const LIMITS = {
  id: 200,
  question: 500,
  alternate: 500,
  alternates: 50,
  answer: 10_000,
  title: 300,
  body: 200_000,
  url: 2_000,
} as const;

const REQUIRED = "is required";

/** A trimmed, non-empty string; a missing one reports REQUIRED so the caller can name the entry kind. */
function text(max: number) {
  return z
    .string({ error: (iss) => (iss.input === undefined ? REQUIRED : "must be text") })
    .trim()
    .min(1, { error: "must not be empty" })
    .max(max, { error: `must be at most ${max} characters` });
}

const id = text(LIMITS.id);

const lang = z
  .string({ error: (iss) => (iss.input === undefined ? REQUIRED : "must be text") })
  .regex(/^[a-z]{2}$/, { error: 'must be a two-letter lowercase ISO 639-1 code such as "en" or "es"' });

// http(s) only: the shopper clicks these links, so javascript: or file: URLs must never pass.
const url = z
  .url({ protocol: /^https?$/, error: "must be an http(s) address such as https://shop.example/returns" })
  .max(LIMITS.url, { error: `must be at most ${LIMITS.url} characters` })
  .nullish()
  .transform((value) => value ?? null);

const alternates = z
  .array(text(LIMITS.alternate), { error: "must be a list of texts" })
  .max(LIMITS.alternates, { error: `must have at most ${LIMITS.alternates} items` })
  .optional()
  .transform((value) => value ?? []);

export const faqSchema = z.object({
  id,
  kind: z.literal("faq"),
  lang,
  question: text(LIMITS.question),
  alternates,
  answer: text(LIMITS.answer),
  url,
});

export const articleSchema = z.object({
  id,
  kind: z.literal("article"),
  lang,
  title: text(LIMITS.title),
  body: text(LIMITS.body),
  url,
});

/** One problem with one candidate entry; `field` is the top-level field it concerns, if any. */
export interface EntryProblem {
  field: string | null;
  reason: string;
}

export type EntryCheck = { ok: true; entry: KnowledgeEntry } | { ok: false; problems: EntryProblem[] };

const notAnObject: EntryProblem = { field: null, reason: 'each line must be one JSON object, like {"id": …, "kind": "faq", …}' };

/**
 * Validates one candidate entry and explains every problem by field name.
 *
 * @example
 * validateEntry({ id: "a", kind: "faq", lang: "en", question: "Hi?" });
 * // { ok: false, problems: [{ field: "answer", reason: "`answer` is required for an FAQ entry" }] }
 */
export function validateEntry(candidate: unknown): EntryCheck {
  if (typeof candidate !== "object" || candidate === null || Array.isArray(candidate)) {
    return { ok: false, problems: [notAnObject] };
  }
  const kind: unknown = Reflect.get(candidate, "kind");
  if (kind !== "faq" && kind !== "article") {
    const reason = kind === undefined ? '`kind` is required ("faq" or "article")' : `\`kind\` must be "faq" or "article", not ${JSON.stringify(kind)}`;
    return { ok: false, problems: [{ field: "kind", reason }] };
  }
  const owner = kind === "faq" ? "an FAQ entry" : "an article";
  const parsed = kind === "faq" ? faqSchema.safeParse(candidate) : articleSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, entry: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => describeIssue(issue, owner)) };
}

function describeIssue(issue: z.core.$ZodIssue, owner: string): EntryProblem {
  const [field, index] = issue.path;
  const name = typeof field === "string" ? `\`${field}\`` : "the entry";
  const where = typeof index === "number" ? `${name} item ${index + 1}` : name;
  const reason = issue.message === REQUIRED ? `${where} is required for ${owner}` : `${where} ${issue.message}`;
  return { field: typeof field === "string" ? field : null, reason };
}
