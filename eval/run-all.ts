/**
 * Runs every benchmark set in eval/ with the builtin answerer and prints a table per set (all
 * cases, per language, per split). `npm run eval` runs this. Options:
 *   --failures   also list the wrong DEV cases (never tune on the held-out test split)
 *   --json       print one JSON object per set instead of tables
 *   --check      exit with 1 when a set's decision accuracy is below 0.90 (a CI gate)
 */
import { existsSync, readFileSync } from "node:fs";
import { createBuiltinAnswerer } from "../server/src/agent/builtin/index.js";
import { formatReportTable, reportJson } from "../server/src/agent/eval/format-report.js";
import { isCorrect } from "../server/src/domain/eval/eval-metrics.js";
import { parseCasesJsonl } from "../server/src/agent/eval/parse-cases-jsonl.js";
import { runEval } from "../server/src/agent/eval/run-eval.js";
import { parseKnowledgeJsonl } from "../server/src/agent/knowledge-import/parse-knowledge-jsonl.js";

const SETS = ["en", "es", "abcd", "en-pool", "es-pool", "abcd-pool", "gadgets", "beauty", "home"];
const root = new URL("./", import.meta.url).pathname;
const showFailures = process.argv.includes("--failures");
const json = process.argv.includes("--json");
const check = process.argv.includes("--check");

function load(set: string) {
  const kb = parseKnowledgeJsonl(readFileSync(`${root}${set}/kb.jsonl`, "utf8"));
  const cases = parseCasesJsonl(readFileSync(`${root}${set}/cases.jsonl`, "utf8"));
  if (!kb.ok) throw new Error(`${set}/kb.jsonl: ${JSON.stringify(kb.errors.slice(0, 3))}`);
  if (!cases.ok) throw new Error(`${set}/cases.jsonl: ${JSON.stringify(cases.errors.slice(0, 3))}`);
  return { entries: kb.entries, cases: cases.cases };
}

let failed = false;
for (const set of SETS) {
  if (!existsSync(`${root}${set}/cases.jsonl`)) continue;
  const { entries, cases } = load(set);
  const report = runEval(entries, cases, (kb) => createBuiltinAnswerer(kb));
  if (json) {
    console.log(JSON.stringify({ set, ...reportJson(report) }));
    continue;
  }
  console.log(`\n== ${set} (${entries.length} entries, ${cases.length} cases)\n${formatReportTable(report)}`);
  const texts = new Map(cases.map((c) => [c.id, c.messages.join(" | ")]));
  if (showFailures) {
    for (const o of report.outcomes.filter((o) => !isCorrect(o) && o.split === "dev")) {
      const got = o.decision.kind === "answer" ? `answer:${o.decision.knowledgeIds.join(",")}` : o.decision.kind;
      console.log(`  ✗ ${o.id} [${o.expect}${o.kb.length ? `:${o.kb.join(",")}` : ""}] got ${got} — ${texts.get(o.id)}`);
    }
  }
  if ((report.decision_accuracy ?? 0) < 0.9) failed = true;
}
process.exitCode = check && failed ? 1 : 0;
