/**
 * Grid search of the builtin answerer's calibration on the DEV split of every set (the test split
 * is never looked at here). Prints the best settings by mean dev decision accuracy.
 * `npx tsx eval/tune.ts`
 */
import { readFileSync } from "node:fs";
import { type Calibration, DEFAULT_CALIBRATION, createBuiltinAnswerer } from "../server/src/agent/builtin/index.js";
import { parseCasesJsonl } from "../server/src/agent/eval/parse-cases-jsonl.js";
import { runEval } from "../server/src/agent/eval/run-eval.js";
import { parseKnowledgeJsonl } from "../server/src/agent/knowledge-import/parse-knowledge-jsonl.js";

const root = new URL("./", import.meta.url).pathname;
const sets = ["en", "es", "abcd"].map((set) => {
  const kb = parseKnowledgeJsonl(readFileSync(`${root}${set}/kb.jsonl`, "utf8"));
  const cases = parseCasesJsonl(readFileSync(`${root}${set}/cases.jsonl`, "utf8"));
  if (!kb.ok || !cases.ok) throw new Error(`cannot read ${set}`);
  return { set, entries: kb.entries, cases: cases.cases.filter((c) => c.split === "dev") };
});

const grid = {
  minCoverage: [0.45, 0.5, 0.55, 0.6, 0.65, 0.7],
  minNormalized: [0.25, 0.35, 0.45, 0.55],
  unseenWeight: [0.3, 0.5, 0.7, 0.9],
  bodyCoverage: [0.3, 0.6, 0.9],
};

const results: Array<{ calibration: Calibration; scores: number[]; mean: number }> = [];
for (const minCoverage of grid.minCoverage)
  for (const minNormalized of grid.minNormalized)
    for (const unseenWeight of grid.unseenWeight)
      for (const bodyCoverage of grid.bodyCoverage) {
        const calibration = { ...DEFAULT_CALIBRATION, minCoverage, minNormalized, unseenWeight, bodyCoverage };
        const scores = sets.map(
          ({ entries, cases }) => runEval(entries, cases, (kb) => createBuiltinAnswerer(kb, { calibration })).decision_accuracy ?? 0,
        );
        results.push({ calibration, scores, mean: scores.reduce((a, b) => a + b, 0) / scores.length });
      }
results.sort((a, b) => b.mean - a.mean);
for (const r of results.slice(0, 15)) {
  const { minCoverage, minNormalized, unseenWeight, bodyCoverage } = r.calibration;
  console.log(
    `mean ${r.mean.toFixed(4)}  [${r.scores.map((s) => s.toFixed(3)).join(", ")}]  cov ${minCoverage} norm ${minNormalized} unseen ${unseenWeight} body ${bodyCoverage}`,
  );
}
