/**
 * Builds eval/abcd: AcmeBrands knowledge restated from ABCD's guidelines (abcd-kb.ts) and
 * shopper cases (abcd-cases.ts). `npx tsx eval/build/build-abcd.ts`.
 */
import { ABCD_WRITTEN } from "./abcd-cases.js";
import { ABCD_POOL } from "./abcd-pool-cases.js";
import { ABCD_KB } from "./abcd-kb.js";
import { makeCase, writeJsonl } from "./lib.js";

const OUT = new URL("../abcd/", import.meta.url).pathname;

writeJsonl(`${OUT}kb.jsonl`, ABCD_KB);
writeJsonl(
  `${OUT}cases.jsonl`,
  ABCD_WRITTEN.map((c, i) => makeCase({ id: `abcd-${i + 1}`, lang: "en", ...c, source: "written from ABCD scenarios" })),
);

const POOL = new URL("../abcd-pool/", import.meta.url).pathname;
writeJsonl(`${POOL}kb.jsonl`, ABCD_KB);
writeJsonl(
  `${POOL}cases.jsonl`,
  ABCD_POOL.map((c, i) => ({ id: `abcd-pool-${i + 1}`, lang: "en", ...c, source: "written from ABCD scenarios", split: "dev" })),
);
