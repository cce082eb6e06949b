/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009): each ranking gives an item
 * 1 / (k + rank), rank from 1, and items are ordered by the sum. It needs no score calibration between
 * the lexical retrieval (BM25-like) and cosine similarity, whose scales have nothing in common.
 */
export const RRF_K = 60; // the paper's constant: damps the weight of the very first ranks

/**
 * Fuses rankings of ids (best first) into one; ties keep the order of first appearance, so with equal
 * sums the first ranking (lexical) wins.
 *
 * @example
 * fuseRankings([["returns", "sizes"], ["refund", "returns"]]); // ["returns", "refund", "sizes"]
 */
export function fuseRankings(rankings: string[][], k = RRF_K): string[] {
  const scores = new Map<string, number>();
  for (const ranking of rankings) {
    for (const [index, id] of ranking.entries()) scores.set(id, (scores.get(id) ?? 0) + 1 / (k + index + 1));
  }
  // Map keeps insertion order and Array.prototype.sort is stable: equal sums stay in first-seen order.
  return [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}
