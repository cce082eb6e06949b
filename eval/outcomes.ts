/**
 * Writes one line per case: set, id, split, correct (1/0) and, for DEV cases only, what was
 * decided and the text, so two runs can be diffed (`diff a b`) without showing held-out cases.
 * `npx tsx eval/outcomes.ts > /tmp/run.txt`
 */
import { readFileSync } from "node:fs";
import { createBuiltinAnswerer } from "../server/src/agent/builtin/index.js";
import { isCorrect } from "../server/src/domain/eval/eval-metrics.js";
import { parseCasesJsonl } from "../server/src/agent/eval/parse-cases-jsonl.js";
import { runEval } from "../server/src/agent/eval/run-eval.js";
import { parseKnowledgeJsonl } from "../server/src/agent/knowledge-import/parse-knowledge-jsonl.js";

const root = new URL("./", import.meta.url).pathname;
for (const set of ["en", "es", "abcd", "en-pool", "es-pool", "abcd-pool", "gadgets", "beauty"]) {
  const kb = parseKnowledgeJsonl(readFileSync(`${root}${set}/kb.jsonl`, "utf8"));
  const cases = parseCasesJsonl(readFileSync(`${root}${set}/cases.jsonl`, "utf8"));
  if (!kb.ok || !cases.ok) throw new Error(`cannot read ${set}`);
  const texts = new Map(cases.cases.map((c) => [c.id, c.messages.join(" | ")]));
  const report = runEval(kb.entries, cases.cases, (entries) => createBuiltinAnswerer(entries));
  for (const o of report.outcomes) {
    const ok = isCorrect(o) ? 1 : 0;
    if (o.split !== "dev") {
      console.log(`${set}\t${o.id}\t${o.split}\t${ok}`);
      continue;
    }
    const got = o.decision.kind === "answer" ? o.decision.knowledgeIds.join(",") : o.decision.kind;
    console.log(`${set}\t${o.id}\tdev\t${ok}\t${o.expect}:${o.kb.join(",")}\tgot ${got}\t${texts.get(o.id)}`);
  }
}
