import type { Slot } from "../language/analyze.js";
import type { ShopLang } from "../language/detect-language.js";
import { type Calibration, isConfident } from "./calibration.js";
import { isElliptical, withContext } from "./follow-up.js";
import { type InvertedIndex, entryLang } from "./inverted-index.js";
import { type Candidate, scoreCandidates, slotWeights } from "./score-candidates.js";
import { analyze } from "../language/analyze.js";

const POOL = 12;

/** Candidates for one message read on its own. */
export function searchText(index: InvertedIndex, text: string, lang: ShopLang, limit = POOL): Candidate[] {
  return scoreCandidates(index, index.analyzeQuery(text, lang), limit);
}

/**
 * The entry to answer with, or null when nothing is good enough. An elliptical follow-up ("and to
 * Mexico?") is first read together with the previous question; it must still match a fair share
 * of its own words, so an unrelated short message does not ride on the earlier question.
 */
export function retrieve(
  index: InvertedIndex,
  input: { text: string; lang: ShopLang; context: string[] },
  calibration: Calibration,
): Candidate | null {
  const ownSlots = index.analyzeQuery(input.text, input.lang);
  if (input.context.length > 0 && isElliptical(input.text, ownSlots)) {
    const combined = withContext(input.text, input.context, (t) => index.analyzeQuery(t, input.lang).length > 0);
    if (combined !== null) {
      const best = pickConfident(index, searchText(index, combined, input.lang), input.lang, calibration);
      if (best && ownCoverage(index, ownSlots, best) >= calibration.minFollowUpOwnCoverage) return best;
    }
  }
  return pickConfident(index, scoreCandidates(index, ownSlots, POOL), input.lang, calibration);
}

/**
 * The best confident candidate, preferring the shopper's language: when the same knowledge exists
 * in both languages the two entries score alike, and the shopper should read their own language.
 */
function pickConfident(
  index: InvertedIndex,
  candidates: Candidate[],
  lang: ShopLang,
  calibration: Calibration,
): Candidate | null {
  const best = candidates[0];
  if (!best || !isConfident(best, calibration)) return null;
  const bestEntry = index.entries[best.entryIndex];
  if (bestEntry && entryLang(bestEntry) === lang) return best;
  const sameLanguage = candidates.find((c) => {
    const entry = index.entries[c.entryIndex];
    return entry !== undefined && entryLang(entry) === lang && c.score >= best.score * 0.7 && isConfident(c, calibration);
  });
  return sameLanguage ?? best;
}

/** Share of the follow-up's own slot weight that the chosen unit contains. */
function ownCoverage(index: InvertedIndex, ownSlots: Slot[], chosen: Candidate): number {
  const unit = index.units[chosen.unitIndex];
  const entry = index.entries[chosen.entryIndex];
  if (!unit || !entry || ownSlots.length === 0) return 0;
  const unitTerms = new Set(analyze(unit.text, entryLang(entry)).flatMap((slot) => slot.terms));
  const weights = slotWeights(index, ownSlots);
  let matched = 0;
  let total = 0;
  ownSlots.forEach((slot, i) => {
    total += weights[i] ?? 0;
    if (slot.terms.some((term) => unitTerms.has(term))) matched += weights[i] ?? 0;
  });
  return total === 0 ? 0 : matched / total;
}
