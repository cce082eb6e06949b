import { analyze } from "../language/analyze.js";
import type { ShopLang } from "../language/detect-language.js";

/** A sparse vector of weighted terms (`w:` stems and `c:` shop concepts). */
export type TermVector = Map<string, number>;

/** The analyser's languages; any other code is read as English (stems of unknown words still match themselves). */
export function shopLang(lang: string): ShopLang {
  return lang === "es" ? "es" : "en";
}

/** The distinct terms of a text, as the answerer sees them: "shipping to Canada" → w:ship, c:ship, w:canada, c:intl. */
export function termsOf(text: string, lang: string): Set<string> {
  return new Set(analyze(text, shopLang(lang)).flatMap((slot) => slot.terms));
}

/**
 * A shop concept (`c:`) weighs 3, a word stem 1: paraphrases share concepts more than words ("send my
 * order to Canada" / "ship to canada"). Measured by grouping the answerable questions of eval/en and
 * eval/es and comparing with the FAQ each one belongs to: concept weight 3 at threshold 0.55 gave purer
 * and fewer groups (en 93 % pure, 36 groups for 21 FAQs; es 90 %, 24 for 19) than equal weights (91 %, 49;
 * 75 %, 27). Weighting by rarity among the gaps (IDF) split paraphrases: their rare terms are filler words.
 */
export function vectorOf(terms: Set<string>): TermVector {
  return new Map([...terms].map((t) => [t, t.startsWith("c:") ? 3 : 1]));
}

/** Adds `v` into `sum` (a group's centroid is the sum of its members' vectors). */
export function addInto(sum: TermVector, v: TermVector): void {
  for (const [t, w] of v) sum.set(t, (sum.get(t) ?? 0) + w);
}

/** Cosine similarity: 1 for the same terms in the same proportions, 0 for nothing in common. */
export function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  for (const [t, w] of a) dot += w * (b.get(t) ?? 0);
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

function norm(v: TermVector): number {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  return Math.sqrt(sum);
}
