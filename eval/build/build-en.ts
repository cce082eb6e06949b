/**
 * Builds eval/en: the English store knowledge (en-kb.ts + Bitext canonical answers) and cases from
 * Bitext (held-out utterances), CLINC150 (out-of-scope and unrelated domains) and hand-written
 * messages (en-cases.ts). Deterministic: `npx tsx eval/build/build-en.ts` rewrites the same files.
 */
import { EN_WRITTEN } from "./en-cases.js";
import { EN_ARTICLES, EN_FAQS } from "./en-kb.js";
import { type CaseLine, type KbLine, contentKey, makeCase, seededRandom, shuffled, writeJsonl } from "./lib.js";
import { type BitextRow, readBitext, readCanonicalResponses, readClinc } from "./sources.js";

const OUT = new URL("../en/", import.meta.url).pathname;
const POOL = new URL("../en-pool/", import.meta.url).pathname;
const random = seededRandom(20261125);

/** Bitext intents the knowledge leaves out on purpose: their utterances must be handed over. */
const UNCOVERED = ["change_order", "complaint", "delete_account", "payment_issue", "registration_problems", "switch_account"];
/** Asking for a person: the handoff must start at once. */
const HUMAN = ["contact_human_agent", "contact_customer_service"];
/** CLINC domains unrelated to a shop; small talk and meta are left out (greetings are not handoffs). */
const UNRELATED_DOMAINS = ["banking", "credit_cards", "kitchen_and_dining", "home", "auto_and_commute", "travel", "utility", "work"];
/** CLINC intents that could be shop questions, left out to keep labels unambiguous. */
const AMBIGUOUS_CLINC = new Set(["order", "order_status", "shopping_list", "shopping_list_update", "card_declined", "redeem_rewards", "rewards_balance", "calendar_update", "timer", "calculator"]);

const CASES_PER_COVERED_INTENT = 11;
const CASES_PER_UNCOVERED_INTENT = 10;
const CASES_PER_HUMAN_INTENT = 22;
const OOS_CASES = 50;
const UNRELATED_CASES = 40;
const ALTERNATES_PER_INTENT = 4;
const POOL_PER_INTENT = 30;

/** Plain utterances make better alternates; noisy or offensive ones stay for the cases. */
const isPlain = (row: BitextRow) => !/[ZWKN]/.test(row.tags) && row.instruction.length < 80;

function byIntent(rows: BitextRow[]): Map<string, BitextRow[]> {
  const map = new Map<string, BitextRow[]>();
  for (const row of shuffled(rows, random)) map.set(row.intent, [...(map.get(row.intent) ?? []), row]);
  return map;
}

/** Picks utterances not near-duplicating any already used (alternates or earlier cases). */
function pickDistinct(rows: BitextRow[], count: number, used: Set<string>, accept = (_: BitextRow) => true): string[] {
  const picked: string[] = [];
  for (const row of rows) {
    if (picked.length === count) break;
    const key = contentKey(row.instruction);
    if (used.has(key) || !accept(row)) continue;
    used.add(key);
    picked.push(row.instruction);
  }
  return picked;
}

function buildKnowledge(intents: Map<string, BitextRow[]>, used: Set<string>): KbLine[] {
  const canonical = readCanonicalResponses();
  const faqs: KbLine[] = EN_FAQS.map((spec) => {
    const perIntent = Math.ceil(ALTERNATES_PER_INTENT / Math.max(1, spec.intents.length));
    const alternates = spec.intents.flatMap((intent) => pickDistinct(intents.get(intent) ?? [], perIntent, used, isPlain));
    const answer = spec.answer ?? canonical.get(spec.intents[0] ?? "") ?? "";
    return { id: spec.id, kind: "faq", lang: "en", question: spec.question, alternates: [...spec.keywords, ...alternates], answer, url: spec.url };
  });
  const articles: KbLine[] = EN_ARTICLES.map((a) => ({ id: a.id, kind: "article", lang: "en", title: a.title, body: a.body, url: a.url }));
  return [...faqs, ...articles];
}

function bitextCases(intents: Map<string, BitextRow[]>, used: Set<string>, kb: KbLine[]): CaseLine[] {
  const cases: CaseLine[] = [];
  const add = (intent: string, count: number, expect: CaseLine["expect"], kb?: string[]) => {
    pickDistinct(intents.get(intent) ?? [], count, used).forEach((text, i) => {
      cases.push(makeCase({ id: `en-bitext-${intent}-${i + 1}`, lang: "en", messages: [text], expect, ...(kb ? { kb } : {}), source: `bitext:${intent}` }));
    });
  };
  for (const spec of EN_FAQS) {
    for (const intent of spec.intents) add(intent, Math.ceil(CASES_PER_COVERED_INTENT / spec.intents.length), "answer", relatedIds(spec.id));
  }
  relabelUnlistedPlaces(cases, kb);
  for (const intent of UNCOVERED) add(intent, CASES_PER_UNCOVERED_INTENT, "handoff");
  for (const intent of HUMAN) add(intent, CASES_PER_HUMAN_INTENT, "human_request");
  return cases;
}

/**
 * Countries and regions: the international-shipping FAQ answers whether they are served (it
 * lists where the store ships). A city or region it cannot place is another matter.
 */
const LISTED_PLACES = /\b(?:us|usa|united states|america|canada|mexico|europe|spain|france|germany|italy|uk|colombia|argentina|chile|peru|brazil|australia|japan)\b/i;

/**
 * Bitext's delivery_options intent includes "can I order from <city>?". The knowledge cannot say
 * whether a city or region is served, so the right decision is a handoff (as in FORMAT.md's
 * "¿Hacéis envíos a Canarias?"); a country is answered by the international-shipping FAQ.
 */
function relabelUnlistedPlaces(cases: CaseLine[], kb: KbLine[]): void {
  const kbText = JSON.stringify(kb);
  for (const c of cases) {
    const text = c.messages[0] ?? "";
    const place = /\b(?:to|from|in)\s+([A-Z][a-z]+)/.exec(text)?.[1];
    if (c.source !== "bitext:delivery_options" || !place || LISTED_PLACES.test(place) || kbText.includes(place)) continue;
    c.expect = "handoff";
    delete c.kb;
    c.source = "bitext:delivery_options:unlisted-place";
  }
}

/** Entries that also answer a Bitext intent's question correctly (the articles overlap FAQs). */
function relatedIds(id: string): string[] {
  const overlaps: Record<string, string[]> = {
    "refund-policy": ["returns-guide"],
    "request-refund": ["returns-guide"],
    "refund-status": ["returns-guide"],
    // Bitext's delivery_options utterances are mostly "do you ship to <place>?": the
    // international-shipping FAQ answers those.
    "delivery-options": ["shipping-guide", "international-shipping"],
    "delivery-time": ["shipping-guide"],
  };
  return [id, ...(overlaps[id] ?? [])];
}

/**
 * A larger tuning pool from the same sources, disjoint from the cases and alternates: more Bitext
 * utterances per intent and CLINC150's validation split (the cases use its test split). All "dev".
 */
function poolCases(intents: Map<string, BitextRow[]>, used: Set<string>, kb: KbLine[]): CaseLine[] {
  const cases: CaseLine[] = [];
  const add = (intent: string, expect: CaseLine["expect"], kb?: string[]) =>
    pickDistinct(intents.get(intent) ?? [], POOL_PER_INTENT, used).forEach((text, i) => {
      const id = `pool-bitext-${intent}-${i + 1}`;
      cases.push({ id, lang: "en", messages: [text], expect, ...(kb ? { kb } : {}), source: `bitext:${intent}`, split: "dev" });
    });
  for (const spec of EN_FAQS) for (const intent of spec.intents) add(intent, "answer", relatedIds(spec.id));
  relabelUnlistedPlaces(cases, kb);
  for (const intent of UNCOVERED) add(intent, "handoff");
  for (const intent of HUMAN) add(intent, "human_request");
  const clinc = readClinc();
  const unrelatedIntents = new Set(UNRELATED_DOMAINS.flatMap((d) => clinc.domains[d] ?? []).filter((i) => !AMBIGUOUS_CLINC.has(i)));
  const oos = shuffled(clinc.oos_val, random).slice(0, 120);
  const unrelated = shuffled(clinc.val.filter(([, intent]) => unrelatedIntents.has(intent)), random).slice(0, 120);
  [...oos, ...unrelated].forEach(([text, intent], i) => {
    cases.push({ id: `pool-clinc-${i + 1}`, lang: "en", messages: [text], expect: "handoff", source: `clinc150:val:${intent}`, split: "dev" });
  });
  return cases;
}

function clincCases(): CaseLine[] {
  const clinc = readClinc();
  const oos = shuffled(clinc.oos_test, random).slice(0, OOS_CASES);
  const unrelatedIntents = new Set(UNRELATED_DOMAINS.flatMap((d) => clinc.domains[d] ?? []).filter((i) => !AMBIGUOUS_CLINC.has(i)));
  const unrelated = shuffled(clinc.test.filter(([, intent]) => unrelatedIntents.has(intent)), random).slice(0, UNRELATED_CASES);
  return [
    ...oos.map(([text], i) => makeCase({ id: `en-clinc-oos-${i + 1}`, lang: "en", messages: [text], expect: "handoff", source: "clinc150:oos_test" })),
    ...unrelated.map(([text, intent], i) => makeCase({ id: `en-clinc-${intent}-${i + 1}`, lang: "en", messages: [text], expect: "handoff", source: `clinc150:test:${intent}` })),
  ];
}

function main(): void {
  const intents = byIntent(readBitext());
  const used = new Set<string>();
  const kb = buildKnowledge(intents, used);
  const written = EN_WRITTEN.map((c, i) => makeCase({ id: `en-written-${i + 1}`, lang: "en", ...c, source: "handwritten" }));
  writeJsonl(`${OUT}kb.jsonl`, kb);
  writeJsonl(`${OUT}cases.jsonl`, [...bitextCases(intents, used, kb), ...clincCases(), ...written]);
  writeJsonl(`${POOL}kb.jsonl`, kb);
  writeJsonl(`${POOL}cases.jsonl`, poolCases(intents, used, kb));
}

main();
