/**
 * Grid search of the builtin answerer's calibration on the DEV split of every set (the test split
 * is never looked at here). Prints the best settings by mean dev decision accuracy.
 * `npx tsx eval/tune.ts`
 */
import { readFileSync } from "node:fs";
import {
  type Calibration,
  DEFAULT_CALIBRATION,
  createBuiltinAnswerer,
} from "../server/src/agent/builtin/index.js";
import { parseCasesJsonl } from "../server/src/agent/eval/parse-cases-jsonl.js";
import { runEval } from "../server/src/agent/eval/run-eval.js";
import { parseKnowledgeJsonl } from "../server/src/agent/knowledge-import/parse-knowledge-jsonl.js";

const root = new URL("./", import.meta.url).pathname;
const sets = ["en", "es", "abcd", "en-pool", "es-pool", "abcd-pool", "gadgets", "beauty"].map((set) => {
  const kb = parseKnowledgeJsonl(readFileSync(`${root}${set}/kb.jsonl`, "utf8"));
  const cases = parseCasesJsonl(readFileSync(`${root}${set}/cases.jsonl`, "utf8"));
  if (!kb.ok || !cases.ok) throw new Error(`cannot read ${set}`);
  return { set, entries: kb.entries, cases: cases.cases.filter((c) => c.split === "dev") };
});

const grid = {
  minConfidence: [0.4, 0.44, 0.48],
  coverageShare: [0.5],
  unseenWeight: [0.9],
  unseenConceptWeight: [0.9],
  minReverse: [0.3],
  reverseRankBonus: [0.2, 0.4, 0.6],
  maxMissRatio: [2, 2.5],
};

const results: Array<{ calibration: Calibration; scores: number[]; mean: number; falseHandoff: number }> = [];
for (const minConfidence of grid.minConfidence)
  for (const coverageShare of grid.coverageShare)
    for (const unseenWeight of grid.unseenWeight)
      for (const unseenConceptWeight of grid.unseenConceptWeight)
        for (const minReverse of grid.minReverse)
          for (const reverseRankBonus of grid.reverseRankBonus)
            for (const maxMissRatio of grid.maxMissRatio) {
              const calibration = {
                ...DEFAULT_CALIBRATION,
                minConfidence,
                coverageShare,
                unseenWeight,
                unseenConceptWeight,
                minReverse,
                reverseRankBonus,
                maxMissRatio,
              };
              const reports = sets.map(({ entries, cases }) =>
                runEval(entries, cases, (kb) => createBuiltinAnswerer(kb, { calibration })),
              );
              const scores = reports.map((r) => r.decision_accuracy ?? 0);
              const falseHandoff = Math.max(...reports.map((r) => r.false_handoff_rate ?? 0));
              results.push({
                calibration,
                scores,
                mean: scores.reduce((a, b) => a + b, 0) / scores.length,
                falseHandoff,
              });
            }
results.sort((a, b) => b.mean - a.mean);
for (const r of results.slice(0, 15)) {
  const {
    minConfidence,
    coverageShare,
    unseenWeight,
    unseenConceptWeight,
    minReverse,
    reverseRankBonus,
    maxMissRatio,
  } = r.calibration;
  console.log(
    `mean ${r.mean.toFixed(4)} fh≤${r.falseHandoff.toFixed(3)} [${r.scores.map((s) => s.toFixed(3)).join(", ")}]  conf ${minConfidence} share ${coverageShare} unseen ${unseenWeight} concept ${unseenConceptWeight} minReverse ${minReverse} revBonus ${reverseRankBonus} maxMiss ${maxMissRatio}`,
  );
}
