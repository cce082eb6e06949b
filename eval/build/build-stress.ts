/**
 * Builds the stress sets eval/gadgets, eval/beauty, eval/home and eval/outdoor: four stores the
 * answerer was never tuned on (stress-kb.ts, stress-cases.ts). `npx tsx eval/build/build-stress.ts`.
 */
import { mkdirSync } from "node:fs";
import { makeCase, writeJsonl } from "./lib.js";
import { BEAUTY_CASES, GADGETS_CASES, HOME_CASES, OUTDOOR_CASES, type StressCase } from "./stress-cases.js";
import { BEAUTY_KB, GADGETS_KB, HOME_KB, OUTDOOR_KB } from "./stress-kb.js";
import type { FaqLine } from "./lib.js";

function write(set: string, kb: FaqLine[], cases: StressCase[]): void {
  const out = new URL(`../${set}/`, import.meta.url).pathname;
  mkdirSync(out, { recursive: true });
  writeJsonl(`${out}kb.jsonl`, kb);
  writeJsonl(
    `${out}cases.jsonl`,
    cases.map(({ lang, ...c }, i) => makeCase({ id: `${set}-${i + 1}`, lang, ...c, source: "written for the stress set" })),
  );
}

write("gadgets", GADGETS_KB, GADGETS_CASES);
write("beauty", BEAUTY_KB, BEAUTY_CASES);
write("home", HOME_KB, HOME_CASES);
write("outdoor", OUTDOOR_KB, OUTDOOR_CASES);
