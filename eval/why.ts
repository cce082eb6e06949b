/**
 * Explains the decision for DEV cases of one set that the builtin answerer gets wrong: the top
 * candidates re-ranked as the decision ranks them, with coverage, normalized score, miss ratio,
 * reverse coverage and confidence, and the query's slots with their weights.
 * `npx tsx eval/why.ts gadgets [--all]`
 */
import { readFileSync } from "node:fs";
import { DEFAULT_CALIBRATION, confidence, isConfident } from "../server/src/agent/builtin/calibration.js";
import { slotWeights } from "../server/src/agent/builtin/coverage.js";
import { createBuiltinAnswerer } from "../server/src/agent/builtin/index.js";
import { InvertedIndex } from "../server/src/agent/builtin/inverted-index.js";
import { searchText } from "../server/src/agent/builtin/retrieve.js";
import { parseCasesJsonl } from "../server/src/agent/eval/parse-cases-jsonl.js";
import { parseKnowledgeJsonl } from "../server/src/agent/knowledge-import/parse-knowledge-jsonl.js";
import { detectLanguage } from "../server/src/agent/language/detect-language.js";

const set = process.argv[2] ?? "en";
const all = process.argv.includes("--all");
const root = new URL("./", import.meta.url).pathname;
const kb = parseKnowledgeJsonl(readFileSync(`${root}${set}/kb.jsonl`, "utf8"));
const cases = parseCasesJsonl(readFileSync(`${root}${set}/cases.jsonl`, "utf8"));
if (!kb.ok || !cases.ok) throw new Error("bad files");
const index = new InvertedIndex(kb.entries);
const answerer = createBuiltinAnswerer(kb.entries);
const cal = DEFAULT_CALIBRATION;
const f = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : "inf");
for (const c of cases.cases.filter((c) => c.split === "dev")) {
  const text = c.messages[c.messages.length - 1] ?? "";
  const decision = answerer.decide({ text, context: c.messages.slice(0, -1) });
  const got = decision.kind === "answer" ? decision.knowledgeIds[0] : decision.kind;
  const ok =
    c.expect === "answer"
      ? decision.kind === "answer" && decision.knowledgeIds.some((id) => (c.kb ?? []).includes(id))
      : c.expect === "handoff"
        ? decision.kind === "no_knowledge"
        : decision.kind === "human_request";
  if (ok && !all) continue;
  const lang = detectLanguage(text);
  const slots = index.analyzeQuery(text, lang);
  const weights = slotWeights(index, slots, cal);
  console.log(`\n${ok ? "ok" : "XX"} [${c.expect}${c.kb ? `:${c.kb.join(",")}` : ""}] got ${got} ← ${c.messages.join(" | ")}`);
  console.log(`   slots: ${slots.map((s, i) => `${s.terms.join("/")}=${f(weights[i] ?? 0)}`).join("  ")}`);
  const pool = searchText(index, text, lang, cal).sort(
    (a, b) => confidence(b, cal) + cal.reverseRankBonus * b.reverse - (confidence(a, cal) + cal.reverseRankBonus * a.reverse),
  );
  for (const cand of pool.slice(0, 3)) {
    console.log(
      `   ${isConfident(cand, cal) ? "✓" : " "} ${index.entries[cand.entryIndex]?.id} conf ${f(confidence(cand, cal))} cov ${f(cand.coverage)} norm ${f(cand.normalized)} miss ${f(cand.missRatio)} rev ${f(cand.reverse)}`,
    );
  }
}
