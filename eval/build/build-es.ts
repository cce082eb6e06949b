/**
 * Builds eval/es: knowledge = the English knowledge + Spanish translations (es-kb.ts); cases =
 * Spanish messages (es-cases.ts). `npx tsx eval/build/build-es.ts` after build-en.ts.
 */
import { readFileSync } from "node:fs";
import { ES_POOL } from "./es-pool-cases.js";
import { ES_WRITTEN } from "./es-cases.js";
import { ES_ENTRIES } from "./es-kb.js";
import { makeCase, writeJsonl } from "./lib.js";

const EVAL = new URL("../", import.meta.url).pathname;

const english = readFileSync(`${EVAL}en/kb.jsonl`, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line));
writeJsonl(`${EVAL}es/kb.jsonl`, [...english, ...ES_ENTRIES]);
writeJsonl(
  `${EVAL}es/cases.jsonl`,
  ES_WRITTEN.map((c, i) => makeCase({ id: `es-${i + 1}`, lang: "es", ...c, source: "handwritten" })),
);
writeJsonl(`${EVAL}es-pool/kb.jsonl`, [...english, ...ES_ENTRIES]);
writeJsonl(
  `${EVAL}es-pool/cases.jsonl`,
  ES_POOL.map((c, i) => ({ id: `es-pool-${i + 1}`, lang: "es", ...c, source: "handwritten", split: "dev" })),
);
