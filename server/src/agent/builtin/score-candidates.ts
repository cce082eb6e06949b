import type { Slot } from "../language/analyze.js";
import type { InvertedIndex } from "./inverted-index.js";

/** One knowledge entry's best match for a query. */
export interface Candidate {
  entryIndex: number;
  /** BM25-style score of the best unit, times the unit's weight. */
  score: number;
  /** score / the query's own maximum (every slot matched once at average length). */
  normalized: number;
  /** Share of the query's slot weight that the best unit's group (FAQ or article section) matches. */
  coverage: number;
  /** The unit that matched best (for articles: which section answers). */
  unitIndex: number;
}

/** Tunables of the weighting (see calibration.ts for the decision thresholds). */
export interface Weighting {
  /** Weight of a query word unknown to the whole index, relative to the rarest known word. */
  unseenWeight: number;
  /** The same for an unknown capitalised name ("Toronto", "Mr. Smith"). */
  unseenNameWeight: number;
}

export const DEFAULT_WEIGHTING: Weighting = { unseenWeight: 0.7, unseenNameWeight: 0.2 };

/** Weight of each slot: IDF of its most specific known term, or a fixed weight when unknown. */
export function slotWeights(index: InvertedIndex, slots: Slot[], weighting: Weighting): number[] {
  const rarest = index.idf("\u0000unseen");
  return slots.map((slot) => {
    const known = slot.terms.filter((term) => index.has(term));
    if (known.length > 0) return Math.max(...known.map((term) => index.idf(term)));
    return rarest * (slot.proper ? weighting.unseenNameWeight : weighting.unseenWeight);
  });
}

/** Reusable per-unit accumulators, grown to the index size (allocated once, not per query). */
const acc = { score: new Float64Array(0), slotBest: new Float64Array(0) };

function ensureCapacity(size: number): void {
  if (acc.score.length >= size) return;
  const capacity = Math.max(size, acc.score.length * 2);
  acc.score = new Float64Array(capacity);
  acc.slotBest = new Float64Array(capacity);
}

/**
 * Scores every unit that shares a term with the query (term-at-a-time over the postings), keeps
 * each entry's best unit, and measures coverage for the top `limit`. Within a slot only the
 * best-matching term counts, so a word and its concept ("parcel", c:package) are not counted twice.
 */
export function scoreCandidates(index: InvertedIndex, slots: Slot[], limit: number, weighting: Weighting): Candidate[] {
  const weights = slotWeights(index, slots, weighting);
  const maximum = weights.reduce((sum, w) => sum + w, 0);
  if (maximum === 0) return [];
  ensureCapacity(index.units.length);
  const touched: number[] = [];
  for (const slot of slots) {
    const slotTouched: number[] = [];
    for (const term of slot.terms) {
      const postings = index.postings.get(term);
      if (!postings) continue;
      const idf = index.idf(term);
      for (let p = 0; p < postings.length; p += 2) {
        const unit = postings[p] ?? 0;
        const value = idf * index.tfPart(postings[p + 1] ?? 0, unit);
        if (acc.slotBest[unit] === 0) slotTouched.push(unit);
        if (value > (acc.slotBest[unit] ?? 0)) acc.slotBest[unit] = value;
      }
    }
    for (const unit of slotTouched) {
      if (acc.score[unit] === 0) touched.push(unit);
      acc.score[unit] = (acc.score[unit] ?? 0) + (acc.slotBest[unit] ?? 0);
      acc.slotBest[unit] = 0;
    }
  }
  const top = topEntries(index, touched, maximum, limit);
  for (const candidate of top) candidate.coverage = groupCoverage(index, candidate.unitIndex, slots, weights);
  return top;
}

/** Folds unit scores into each entry's best unit, resets the accumulators, keeps the top ones. */
function topEntries(index: InvertedIndex, touched: number[], maximum: number, limit: number): Candidate[] {
  const best = new Map<number, Candidate>();
  for (const unitIndex of touched) {
    const unit = index.units[unitIndex];
    const score = (acc.score[unitIndex] ?? 0) * (unit?.weight ?? 0);
    acc.score[unitIndex] = 0;
    if (!unit) continue;
    const current = best.get(unit.entryIndex);
    if (!current || score > current.score) {
      best.set(unit.entryIndex, { entryIndex: unit.entryIndex, score, normalized: score / maximum, coverage: 0, unitIndex });
    }
  }
  return topByScore(best.values(), limit);
}

/**
 * Share of the query's weight matched anywhere in the unit's group (question, alternates and —
 * at its lower weight — the answer), so "a receipt for my purchase" is covered by an invoice FAQ
 * whose answer mentions orders.
 */
export function groupCoverage(index: InvertedIndex, unitIndex: number, slots: Slot[], weights: number[]): number {
  const group = index.groups[index.units[unitIndex]?.group ?? -1] ?? [];
  const termWeight = new Map<string, number>();
  for (const member of group) {
    const unit = index.units[member];
    if (!unit) continue;
    for (const term of unit.terms) termWeight.set(term, Math.max(termWeight.get(term) ?? 0, unit.weight));
  }
  let covered = 0;
  let total = 0;
  slots.forEach((slot, s) => {
    const weight = weights[s] ?? 0;
    total += weight;
    covered += weight * Math.min(1, Math.max(0, ...slot.terms.map((term) => termWeight.get(term) ?? 0)));
  });
  return total === 0 ? 0 : covered / total;
}

/** The `limit` highest-scoring candidates, best first, without sorting them all. */
function topByScore(candidates: Iterable<Candidate>, limit: number): Candidate[] {
  const top: Candidate[] = [];
  for (const candidate of candidates) {
    if (top.length === limit && candidate.score <= (top[limit - 1]?.score ?? 0)) continue;
    let i = top.length;
    while (i > 0 && (top[i - 1]?.score ?? 0) < candidate.score) i--;
    top.splice(i, 0, candidate);
    if (top.length > limit) top.pop();
  }
  return top;
}
