import { type EvalCase, evalCaseSchema } from "./eval-case.js";

export interface CaseLineError {
  line: number;
  reason: string;
}

export type ParseCasesResult = { ok: true; cases: EvalCase[] } | { ok: false; errors: CaseLineError[] };

/**
 * Reads cases.jsonl: one case a line, blank lines skipped, ids unique. Every problem is reported
 * with its 1-based line number; any problem means no cases (a benchmark must run whole).
 *
 * @example
 * parseCasesJsonl('{"id":"c1","lang":"en","messages":["hi?"],"expect":"handoff"}');
 * // { ok: true, cases: [{ id: "c1", … }] }
 */
export function parseCasesJsonl(text: string): ParseCasesResult {
  const cases: EvalCase[] = [];
  const errors: CaseLineError[] = [];
  const lineOfId = new Map<string, number>();
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      if (raw.trim() === "") return;
      const parsed = parseLine(raw);
      if (typeof parsed === "string") {
        errors.push({ line, reason: parsed });
        return;
      }
      const earlier = lineOfId.get(parsed.id);
      if (earlier !== undefined) {
        errors.push({ line, reason: `case id "${parsed.id}" is already used on line ${earlier}` });
        return;
      }
      lineOfId.set(parsed.id, line);
      cases.push(parsed);
    });
  if (cases.length === 0 && errors.length === 0) errors.push({ line: 0, reason: "the file has no cases" });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, cases };
}

/** One line → a case, or the reason it is not one. */
function parseLine(raw: string): EvalCase | string {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return `not valid JSON (${error instanceof Error ? error.message : "unreadable"})`;
  }
  const result = evalCaseSchema.safeParse(json);
  if (result.success) return result.data;
  return result.error.issues
    .map((issue) => (issue.path.length > 0 ? `\`${issue.path.join(".")}\`: ${issue.message}` : issue.message))
    .join("; ");
}
