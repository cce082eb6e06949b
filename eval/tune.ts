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
  minCoverage: [0.3],
  minConfidence: [0.4, 0.44, 0.48, 0.52],
  coverageShare: [0.5, 0.75],
  unseenWeight: [0.5, 0.7, 0.9],
  maxMissRatio: [0.8, 1, 1.25, 1.5, 2, 100],
};

const results: Array<{ calibration: Calibration; scores: number[]; mean: number }> = [];
for (const minCoverage of grid.minCoverage)
  for (const minConfidence of grid.minConfidence)
    for (const coverageShare of grid.coverageShare)
      for (const unseenWeight of grid.unseenWeight)
        for (const maxMissRatio of grid.maxMissRatio) {
          const calibration = { ...DEFAULT_CALIBRATION, minCoverage, minConfidence, coverageShare, unseenWeight, maxMissRatio };
          const scores = sets.map(
            ({ entries, cases }) => runEval(entries, cases, (kb) => createBuiltinAnswerer(kb, { calibration })).decision_accuracy ?? 0,
          );
          results.push({ calibration, scores, mean: scores.reduce((a, b) => a + b, 0) / scores.length });
        }
results.sort((a, b) => b.mean - a.mean);
for (const r of results.slice(0, 15)) {
  const { minCoverage, minConfidence, coverageShare, unseenWeight, maxMissRatio } = r.calibration;
  console.log(
    `mean ${r.mean.toFixed(4)}  [${r.scores.map((s) => s.toFixed(3)).join(", ")}]  cov ${minCoverage} conf ${minConfidence} share ${coverageShare} unseen ${unseenWeight} miss ${maxMissRatio}`,
  );
}
