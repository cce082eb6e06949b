import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createBuiltinAnswerer } from "../agent/builtin/index.js";
import { formatFailures, formatReportTable, reportJson } from "../agent/eval/format-report.js";
import { parseCasesJsonl } from "../agent/eval/parse-cases-jsonl.js";
import { type AnswererFactory, runEval } from "../agent/eval/run-eval.js";
import { formatImportError } from "../agent/knowledge-import/import-result.js";
import { parseKnowledgeJsonl } from "../agent/knowledge-import/parse-knowledge-jsonl.js";
import type { KnowledgeEntry } from "../domain/knowledge.js";
import type { EvalCase } from "../agent/eval/eval-case.js";

const USAGE = "usage: relevo eval --kb FILE --cases FILE [--json] [--answerer builtin]";

/** Exit codes: 0 ran, 2 bad usage or unreadable input (the benchmark did not run). */
const EXIT_OK = 0;
const EXIT_USAGE = 2;

const ANSWERERS: Record<string, AnswererFactory> = {
  builtin: (entries) => createBuiltinAnswerer(entries),
};

class InputError extends Error {}

/**
 * `relevo eval`: runs a benchmark (kb.jsonl + cases.jsonl, see /work/shared/eval/FORMAT.md) and
 * prints a table, or with `--json` one JSON object on the last line. Returns the exit code.
 *
 * @example
 * process.exitCode = await runEvalCommand(["--kb", "eval/en/kb.jsonl", "--cases", "eval/en/cases.jsonl", "--json"]);
 */
export async function runEvalCommand(args: string[]): Promise<number> {
  try {
    const options = readOptions(args);
    const entries = await readKnowledge(options.kb);
    const cases = await readCases(options.cases);
    const factory = ANSWERERS[options.answerer];
    if (!factory) throw new InputError(`unknown answerer "${options.answerer}" (available: ${Object.keys(ANSWERERS).join(", ")})`);
    const report = runEval(entries, cases, factory);
    if (!options.json) {
      process.stdout.write(`${formatReportTable(report)}\n\n${formatFailures(report)}\n`);
      return EXIT_OK;
    }
    process.stdout.write(`${JSON.stringify(reportJson(report))}\n`);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`relevo eval: ${error.message}\n`);
    return EXIT_USAGE;
  }
}

function readOptions(args: string[]): { kb: string; cases: string; json: boolean; answerer: string } {
  let values: { kb?: string; cases?: string; json?: boolean; answerer?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { kb: { type: "string" }, cases: { type: "string" }, json: { type: "boolean" }, answerer: { type: "string" } },
      strict: true,
    }));
  } catch (error) {
    throw new InputError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (!values.kb || !values.cases) throw new InputError(`--kb and --cases are required\n${USAGE}`);
  return { kb: values.kb, cases: values.cases, json: values.json ?? false, answerer: values.answerer ?? "builtin" };
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "unreadable";
    throw new InputError(`cannot read the ${what} file ${path} (${code})`);
  }
}

async function readKnowledge(path: string): Promise<KnowledgeEntry[]> {
  const parsed = parseKnowledgeJsonl(await readText(path, "knowledge"));
  if (parsed.ok) return parsed.entries;
  throw new InputError(`${path} is not a valid kb.jsonl:\n${parsed.errors.map((e) => `  ${formatImportError(e)}`).join("\n")}`);
}

async function readCases(path: string): Promise<EvalCase[]> {
  const parsed = parseCasesJsonl(await readText(path, "cases"));
  if (parsed.ok) return parsed.cases;
  const lines = parsed.errors.map((e) => `  ${e.line > 0 ? `line ${e.line}: ` : ""}${e.reason}`);
  throw new InputError(`${path} is not a valid cases.jsonl:\n${lines.join("\n")}`);
}
