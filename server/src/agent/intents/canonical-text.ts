import { TypoCorrector } from "../language/edit-distance.js";
import { tokenize } from "../language/normalize.js";

/**
 * Prepares a message for the phrase detectors: normalised tokens, with near-misses of the
 * detectors' keywords spelled correctly ("humna" → "human", "asesr" → "asesor"), joined by single
 * spaces and padded so patterns can use " word " boundaries.
 */
export function canonicalText(text: string, corrector: TypoCorrector): string {
  const tokens = tokenize(text).map((token) => corrector.correct(token) ?? token);
  return ` ${tokens.join(" ")} `;
}

/**
 * A corrector for a detector's own keywords (only words of `minLength`+ letters are corrected).
 * Any single edit is accepted: the keyword list is small, so near-misses are rarely other words.
 */
export function keywordCorrector(keywords: string, minLength = 5): TypoCorrector {
  return new TypoCorrector(
    keywords.split(/\s+/).filter((word) => word !== ""),
    minLength,
    0,
  );
}

/** True when any pattern matches the canonical text. */
export function matchesAny(canonical: string, patterns: RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(canonical));
}
