/**
 * Nearest-rank percentile: the smallest value with at least p% of the values at or below it. It is
 * always one of the observed values, so "p90 = 4 min" means a real shopper waited 4 minutes.
 *
 * @example
 * nearestRank([10, 20, 30, 40], 50) // 20
 * nearestRank([10, 20, 30, 40], 90) // 40
 */
export function nearestRank(sortedAscending: readonly number[], p: number): number | null {
  if (sortedAscending.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sortedAscending.length));
  return sortedAscending[rank - 1] ?? null;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
