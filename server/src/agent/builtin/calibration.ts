import { DEFAULT_WEIGHTING, type Weighting } from "./coverage.js";
import type { Candidate } from "./score-candidates.js";

/**
 * When the best match is good enough to answer. Tuned on the dev split of eval/ (see
 * eval/README.md), never on single cases: coverage is the share of the question's content the
 * matched FAQ (or article section) explains; normalized is the match strength against the
 * question's own maximum.
 */
export interface Calibration extends Weighting {
  /** The least coverage to answer at all. */
  minCoverage: number;
  /** The least blend of coverage and normalized score (weighted by coverageShare) to answer. */
  minConfidence: number;
  coverageShare: number;
  /**
   * Ranking bonus for reverse coverage (how much of the FAQ question the message matched): it
   * breaks near-ties between neighbouring questions, but does not decide whether to answer.
   */
  reverseRankBonus: number;
  /** The least share of the matched FAQ question (or heading) the message must match. */
  minReverse: number;
  /** Refuse when the question's heaviest unmatched word outweighs its heaviest matched one this much. */
  maxMissRatio: number;
  /** A follow-up read with its context must still match this share of its own words. */
  minFollowUpOwnCoverage: number;
}

export const DEFAULT_CALIBRATION: Calibration = {
  ...DEFAULT_WEIGHTING,
  minCoverage: 0.3,
  minConfidence: 0.44,
  coverageShare: 0.5,
  reverseRankBonus: 0.2,
  minReverse: 0.3,
  maxMissRatio: 2,
  minFollowUpOwnCoverage: 0.5,
};

/** The blend of coverage and normalized score that ranks candidates and decides answering. */
export function confidence(candidate: Candidate, calibration: Calibration): number {
  const share = calibration.coverageShare;
  return share * candidate.coverage + (1 - share) * candidate.normalized;
}

/** True when the candidate is a confident enough match to answer with. */
export function isConfident(candidate: Candidate | undefined, calibration: Calibration): boolean {
  if (candidate === undefined || candidate.coverage < calibration.minCoverage) return false;
  if (candidate.missRatio > calibration.maxMissRatio) return false;
  if (candidate.reverse < calibration.minReverse) return false;
  return confidence(candidate, calibration) >= calibration.minConfidence;
}
