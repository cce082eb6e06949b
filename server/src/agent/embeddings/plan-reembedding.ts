import type { EmbeddingUnit } from "./embedding-units.js";

/** A stored vector's identity and freshness (storage/repos/knowledge-embedding-repo.ts). */
export interface StoredStamp {
  entryId: string;
  unitKey: string;
  model: string;
  contentHash: string;
}

export interface ReembeddingPlan {
  /** Units with no vector, a vector of another text (content hash), or of another model. */
  embed: EmbeddingUnit[];
  /** Stored vectors of units that no longer exist (an article lost a section). */
  remove: Array<{ entryId: string; unitKey: string }>;
}

/**
 * What to embed and what to drop so the stored vectors match the knowledge and the configured model.
 * Pure, so running the job twice plans nothing the second time.
 *
 * @example
 * planReembedding(units, stamps, "nomic-embed-text"); // { embed: [changed units], remove: [gone units] }
 */
export function planReembedding(units: EmbeddingUnit[], stored: StoredStamp[], model: string): ReembeddingPlan {
  const key = (u: { entryId: string; unitKey: string }) => `${u.entryId}\u0000${u.unitKey}`;
  const byKey = new Map(stored.map((s) => [key(s), s]));
  const current = new Set(units.map(key));
  return {
    embed: units.filter((u) => {
      const s = byKey.get(key(u));
      return !s || s.model !== model || s.contentHash !== u.contentHash;
    }),
    remove: stored.filter((s) => !current.has(key(s))).map(({ entryId, unitKey }) => ({ entryId, unitKey })),
  };
}
