/**
 * Shows, for DEV cases of one set, the top retrieval candidate with its coverage and normalized
 * score, to see whether errors come from ranking or from the answer threshold.
 * `npx tsx eval/diagnose.ts en [--all]`
 */
import { readFileSync } from "node:fs";
import { DEFAULT_CALIBRATION } from "../server/src/agent/builtin/calibration.js";
import { InvertedIndex } from "../server/src/agent/builtin/inverted-index.js";
import { searchText } from "../server/src/agent/builtin/retrieve.js";
import { parseCasesJsonl } from "../server/src/agent/eval/parse-cases-jsonl.js";
import { parseKnowledgeJsonl } from "../server/src/agent/knowledge-import/parse-knowledge-jsonl.js";
import { detectHumanRequest } from "../server/src/agent/intents/detect-human-request.js";
import { detectLanguage } from "../server/src/agent/language/detect-language.js";

const set = process.argv[2] ?? "en";
const root = new URL("./", import.meta.url).pathname;
const kb = parseKnowledgeJsonl(readFileSync(`${root}${set}/kb.jsonl`, "utf8"));
const cases = parseCasesJsonl(readFileSync(`${root}${set}/cases.jsonl`, "utf8"));
if (!kb.ok || !cases.ok) throw new Error("bad files");
const index = new InvertedIndex(kb.entries);
for (const c of cases.cases.filter((c) => c.split === "dev" && c.expect !== "human_request")) {
  const text = c.messages[c.messages.length - 1] ?? "";
  if (detectHumanRequest(text)) continue;
  const [best, second] = searchText(index, text, detectLanguage(text), DEFAULT_CALIBRATION);
  const id = best ? index.entries[best.entryIndex]?.id : "-";
  const ok = c.expect === "answer" ? (c.kb ?? []).includes(id ?? "") : false;
  const tag = c.expect === "answer" ? (ok ? "A+" : "A-") : "H ";
  const f = (n: number | undefined) => (n ?? 0).toFixed(2);
  const slots = index.analyzeQuery(text, detectLanguage(text)).map((s) => s.terms.join("/")).join(" ");
  console.log(`${tag} cov ${f(best?.coverage)} norm ${f(best?.normalized)} 2nd ${f(second?.normalized)} ${id} ← ${text}  {${slots}}`);
}
