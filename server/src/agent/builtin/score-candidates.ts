import type { Slot } from "../language/analyze.js";
import type { InvertedIndex } from "./inverted-index.js";

/** One knowledge entry's best match for a query. */
export interface Candidate {
  entryIndex: number;
  /** BM25-style score of the best unit, times the unit's weight. */
  score: number;
  /** score / the query's own maximum (every slot matched once at average length). */
  normalized: number;
  /** Share of the query's slot weight the best unit matched (0–1). */
  coverage: number;
  /** The unit that matched best (for articles: which section answers). */
  unitIndex: number;
}

/** How much a query word unknown to the whole index weighs, relative to the rarest known word. */
const UNSEEN_WEIGHT = 0.7;

/** Weight of each slot: IDF of its most specific known term, or a fixed weight when unknown. */
export function slotWeights(index: InvertedIndex, slots: Slot[]): number[] {
  const unseen = index.idf("\u0000unseen") * UNSEEN_WEIGHT;
  return slots.map((slot) => {
    const known = slot.terms.filter((term) => index.has(term));
    return known.length === 0 ? unseen : Math.max(...known.map((term) => index.idf(term)));
  });
}

/** Reusable per-unit accumulators, sized to the index (allocated once per index size). */
class Accumulators {
  score = new Float64Array(0);
  covered = new Float64Array(0);
  slotBest = new Float64Array(0);

  ensure(size: number): void {
    if (this.score.length >= size) return;
    const capacity = Math.max(size, this.score.length * 2);
    this.score = new Float64Array(capacity);
    this.covered = new Float64Array(capacity);
    this.slotBest = new Float64Array(capacity);
  }
}
const accumulators = new Accumulators();

/**
 * Scores every unit that shares a term with the query (term-at-a-time over the postings) and
 * keeps each entry's best unit. Within a slot only the best-matching term counts, so a word and
 * its concept ("parcel" and c:package) are not counted twice.
 */
export function scoreCandidates(index: InvertedIndex, slots: Slot[], limit: number): Candidate[] {
  const weights = slotWeights(index, slots);
  const maximum = weights.reduce((sum, w) => sum + w, 0);
  if (maximum === 0) return [];
  const acc = accumulators;
  acc.ensure(index.units.length);
  const touched: number[] = [];
  slots.forEach((slot, s) => {
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
      if (acc.score[unit] === 0 && acc.covered[unit] === 0) touched.push(unit);
      acc.score[unit] = (acc.score[unit] ?? 0) + (acc.slotBest[unit] ?? 0);
      acc.covered[unit] = (acc.covered[unit] ?? 0) + (weights[s] ?? 0);
      acc.slotBest[unit] = 0;
    }
  });
  return collectBest(index, touched, maximum, limit);
}

/** Folds unit scores into per-entry candidates, resets the accumulators, returns the top ones. */
function collectBest(index: InvertedIndex, touched: number[], maximum: number, limit: number): Candidate[] {
  const acc = accumulators;
  const best = new Map<number, Candidate>();
  for (const unitIndex of touched) {
    const unit = index.units[unitIndex];
    const raw = acc.score[unitIndex] ?? 0;
    const coverage = (acc.covered[unitIndex] ?? 0) / maximum;
    acc.score[unitIndex] = 0;
    acc.covered[unitIndex] = 0;
    if (!unit) continue;
    const score = raw * unit.weight;
    const current = best.get(unit.entryIndex);
    if (!current || score > current.score) {
      best.set(unit.entryIndex, { entryIndex: unit.entryIndex, score, normalized: score / maximum, coverage, unitIndex });
    }
  }
  return topByScore(best.values(), limit);
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
