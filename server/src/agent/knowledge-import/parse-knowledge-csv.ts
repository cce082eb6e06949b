import { CsvError, parse } from "csv-parse/sync";
import { z } from "zod";
import type { KnowledgeEntry } from "../../domain/knowledge.js";
import { type ImportError, type ParseResult, toParseResult } from "./import-result.js";
import { validateEntry } from "./knowledge-entry-schema.js";
import { languageCode } from "./language-code.js";
import { stableFaqId } from "./stable-faq-id.js";

const COLUMNS = ["question", "answer", "alternates", "url", "lang"] as const;
type Column = (typeof COLUMNS)[number];
type ColumnIndex = Partial<Record<Column, number>>;

interface CsvRow {
  fields: string[];
  line: number;
}

/**
 * Parses FAQs from CSV with a header row: `question,answer[,alternates,url,lang]` in any order.
 * Alternates are separated by `|`; an empty `lang` cell falls back to `defaultLang`. Ids are
 * derived from lang + question (see stableFaqId) so re-importing is idempotent.
 *
 * @example
 * parseKnowledgeCsv("question,answer\nDo you ship to Spain?,Yes.", { defaultLang: "en" });
 * // { ok: true, entries: [{ id: "faq-…", kind: "faq", lang: "en", question: "Do you ship to Spain?", … }] }
 */
export function parseKnowledgeCsv(text: string, opts: { defaultLang: string }): ParseResult {
  const rows = readRows(text);
  if (!rows.ok) return { ok: false, errors: [rows.error] };
  const [header, ...body] = rows.rows;
  if (header === undefined) return { ok: false, errors: [{ line: 1, reason: "the file is empty; the first line must be a header such as question,answer" }] };
  const columns = readHeader(header);
  if (!columns.ok) return { ok: false, errors: columns.errors };
  const entries: KnowledgeEntry[] = [];
  const errors: ImportError[] = [];
  const firstLineOfId = new Map<string, number>();
  for (const row of body) {
    if (row.fields.length > header.fields.length) {
      errors.push({ line: row.line, reason: tooManyCells(row.fields.length, header.fields.length) });
      continue;
    }
    const check = validateEntry(toCandidate(row, columns.index, opts.defaultLang));
    if (!check.ok) {
      errors.push(...check.problems.map(({ reason }) => ({ line: row.line, reason })));
      continue;
    }
    const seen = firstLineOfId.get(check.entry.id);
    if (seen !== undefined) {
      errors.push({ line: row.line, reason: `the same question in the same language is already on line ${seen}` });
      continue;
    }
    firstLineOfId.set(check.entry.id, row.line);
    entries.push(check.entry);
  }
  return toParseResult(entries, errors);
}

// Extra cells usually mean an unquoted comma inside an answer: silently dropping text is worse.
function tooManyCells(found: number, expected: number): string {
  return `this row has ${found} cells but the header has ${expected}; put text that contains commas in "double quotes"`;
}

function toCandidate(row: CsvRow, index: ColumnIndex, defaultLang: string): Record<string, unknown> {
  const cell = (column: Column): string | undefined => {
    const at = index[column];
    return at === undefined ? undefined : row.fields[at]?.trim();
  };
  const question = cell("question");
  const lang = languageCode(cell("lang") || defaultLang);
  const url = cell("url");
  return {
    id: stableFaqId(lang, question ?? ""),
    kind: "faq",
    lang,
    // An empty cell reads as "missing" so the merchant sees "`answer` is required for an FAQ entry".
    question: question || undefined,
    answer: cell("answer") || undefined,
    alternates: (cell("alternates") ?? "").split("|").map((alt) => alt.trim()).filter((alt) => alt !== ""),
    url: url || null,
  };
}

function readHeader(header: CsvRow): { ok: true; index: ColumnIndex } | { ok: false; errors: ImportError[] } {
  const index: ColumnIndex = {};
  const errors: ImportError[] = [];
  header.fields.forEach((raw, at) => {
    const name = raw.trim().toLowerCase();
    const column = COLUMNS.find((known) => known === name);
    if (column === undefined) {
      errors.push({ line: header.line, reason: `unknown column "${raw.trim()}" in the header; use ${COLUMNS.join(", ")}` });
    } else if (index[column] !== undefined) {
      errors.push({ line: header.line, reason: `column "${column}" appears twice in the header` });
    } else {
      index[column] = at;
    }
  });
  for (const required of ["question", "answer"] as const) {
    if (index[required] === undefined) errors.push({ line: header.line, reason: `the header needs a "${required}" column` });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, index };
}

type Rows = { ok: true; rows: CsvRow[] } | { ok: false; error: ImportError };

// With `info: true` csv-parse returns {record, info} pairs, which its typings do not express.
const parsedRecords = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }) }));

function readRows(text: string): Rows {
  // One line ending: csv-parse picks the first one it sees as the record delimiter and counts the others
  // differently, so a file mixing \r\n, \r and \n would get line numbers no editor shows.
  const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  try {
    const parsed = parse(source, { info: true, relax_column_count: true, skip_empty_lines: true, delimiter: guessDelimiter(source) });
    return { ok: true, rows: toRows(parsedRecords.parse(parsed)) };
  } catch (error) {
    const line = error instanceof CsvError ? Number(error.lines) : NaN;
    const message = error instanceof Error ? error.message : "unreadable CSV";
    return { ok: false, error: { line: Number.isInteger(line) && line > 0 ? line : 1, reason: `this is not valid CSV (${message})` } };
  }
}

/** csv-parse reports the line a record ends on; quoted newlines move the start back. */
function toRows(parsed: z.infer<typeof parsedRecords>): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const { record, info } of parsed) {
    if (record.every((field) => field.trim() === "")) continue;
    const breaks = record.reduce((sum, field) => sum + (field.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    rows.push({ fields: record, line: info.lines - breaks });
  }
  return rows;
}

/** Spreadsheets in Spanish and other comma-decimal locales export with `;`. */
function guessDelimiter(source: string): string {
  const header = source.split(/\r?\n/, 1)[0] ?? "";
  return header.includes(";") && !header.includes(",") ? ";" : ",";
}
