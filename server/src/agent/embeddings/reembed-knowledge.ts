import type { KnowledgeEntry } from "../../domain/knowledge.js";
import type { Embedder } from "./embedder.js";
import { normalize } from "./embedder.js";
import { embeddingUnits } from "./embedding-units.js";
import { planReembedding, type StoredStamp } from "./plan-reembedding.js";

/** Where vectors live (storage/repos/knowledge-embedding-repo.ts satisfies it). */
export interface EmbeddingStore {
  stamps(): Promise<StoredStamp[]>;
  save(rows: Array<StoredStamp & { embedding: number[] }>): Promise<void>;
  remove(units: Array<{ entryId: string; unitKey: string }>): Promise<void>;
  nearest(vector: number[], model: string, limit: number): Promise<Array<{ entryId: string; similarity: number }>>;
}

export interface ReembedDeps {
  listKnowledge: () => Promise<KnowledgeEntry[]>;
  store: EmbeddingStore;
  embedder: Embedder;
  /** Texts per request to the embedding server (default 32): small enough for a local CPU server's timeout. */
  batchSize?: number;
}

/**
 * Brings the stored vectors in line with the knowledge: embeds new and changed units (content hash or
 * model differ) batch by batch, saving each batch as it comes, and drops vectors of units that no longer
 * exist (vectors of deleted entries go with them, by foreign key). Idempotent: a second run plans
 * nothing; a run cut short keeps its saved batches and the next run does the rest.
 *
 * @example
 * await reembedKnowledge({ listKnowledge: () => repos.knowledge.list(), store, embedder });
 * // { embedded: 42, removed: 3 }
 */
export async function reembedKnowledge(deps: ReembedDeps): Promise<{ embedded: number; removed: number }> {
  const units = (await deps.listKnowledge()).flatMap(embeddingUnits);
  const plan = planReembedding(units, await deps.store.stamps(), deps.embedder.model);
  await deps.store.remove(plan.remove);
  const size = deps.batchSize ?? 32;
  for (let start = 0; start < plan.embed.length; start += size) {
    const batch = plan.embed.slice(start, start + size);
    const vectors = await deps.embedder.embed(batch.map((u) => u.text));
    if (vectors.length !== batch.length) throw new Error(`embedding server returned ${vectors.length} vectors for ${batch.length} texts`);
    await deps.store.save(batch.map((u, i) => ({
      entryId: u.entryId, unitKey: u.unitKey, model: deps.embedder.model, contentHash: u.contentHash,
      embedding: normalize(vectors[i] ?? []),
    })));
  }
  return { embedded: plan.embed.length, removed: plan.remove.length };
}
