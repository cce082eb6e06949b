import { and, count, eq, max, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db.js";
import { knowledgeEmbeddings } from "../schema.js";
import { rowsOf } from "../vector-column.js";
import { nearestInProcess, type StoredVector } from "./nearest-in-process.js";

/** What identifies an embedded unit and tells whether it is up to date. */
export interface EmbeddingStamp {
  entryId: string;
  unitKey: string;
  model: string;
  contentHash: string;
}

export interface EmbeddingRow extends EmbeddingStamp {
  /** Unit length: the caller normalizes, so the in-process fallback's cosine is a dot product. */
  embedding: number[];
}

export interface KnowledgeEmbeddingRepo {
  /** Whether `nearest` runs in the database (pgvector) or in this process (the portable fallback). */
  readonly ranking: "pgvector" | "in_process";
  stamps(): Promise<EmbeddingStamp[]>;
  /** Inserts or replaces units; a unit whose entry was deleted meanwhile is skipped. */
  save(rows: EmbeddingRow[]): Promise<void>;
  remove(units: Array<{ entryId: string; unitKey: string }>): Promise<void>;
  /** Entries nearest to `vector` by cosine similarity among `model`'s vectors, best unit per entry, best first. */
  nearest(vector: number[], model: string, limit: number): Promise<Array<{ entryId: string; similarity: number }>>;
}

/**
 * knowledge_embeddings. With `vectorColumn` (storage/vector-column.ts) each row's `embedding_vector` is
 * written beside the portable `real[]` and `nearest` orders by pgvector's `<=>` (cosine distance) in SQL.
 * Without it, `nearest` loads the model's vectors once per change and ranks them here (nearest-in-process.ts).
 */
export function knowledgeEmbeddingRepo(db: Executor, opts: { vectorColumn: boolean }): KnowledgeEmbeddingRepo {
  const cached = new Map<string, { revision: string; vectors: StoredVector[] }>();
  const loadVectors = async (model: string): Promise<StoredVector[]> => {
    const [stamp] = await db
      .select({ n: count(), latest: max(knowledgeEmbeddings.updatedAt) })
      .from(knowledgeEmbeddings)
      .where(eq(knowledgeEmbeddings.model, model));
    // Every save sets updated_at to its transaction's now() and every removal lowers the count, so this
    // changes whenever another process (the worker running the job) changed the vectors.
    const revision = `${stamp?.n ?? 0}:${stamp?.latest?.getTime() ?? 0}`;
    const hit = cached.get(model);
    if (hit?.revision === revision) return hit.vectors;
    const rows = await db
      .select({ entryId: knowledgeEmbeddings.entryId, embedding: knowledgeEmbeddings.embedding })
      .from(knowledgeEmbeddings)
      .where(eq(knowledgeEmbeddings.model, model));
    const vectors = rows.map((r) => ({ entryId: r.entryId, embedding: Float32Array.from(r.embedding) }));
    cached.set(model, { revision, vectors });
    return vectors;
  };

  return {
    ranking: opts.vectorColumn ? "pgvector" : "in_process",
    async stamps() {
      return db
        .select({
          entryId: knowledgeEmbeddings.entryId, unitKey: knowledgeEmbeddings.unitKey,
          model: knowledgeEmbeddings.model, contentHash: knowledgeEmbeddings.contentHash,
        })
        .from(knowledgeEmbeddings);
    },
    async save(rows) {
      for (const row of rows) await db.execute(upsertStatement(row, opts.vectorColumn));
    },
    async remove(units) {
      if (units.length === 0) return;
      const matches = units.map((u) => and(eq(knowledgeEmbeddings.entryId, u.entryId), eq(knowledgeEmbeddings.unitKey, u.unitKey)));
      await db.delete(knowledgeEmbeddings).where(or(...matches));
    },
    async nearest(vector, model, limit) {
      if (!opts.vectorColumn) return nearestInProcess(await loadVectors(model), vector, limit);
      if (vector.every((x) => x === 0)) return [];
      const query = pgvectorLiteral(vector);
      const rows = rowsOf(await db.execute(sql`
        select entry_id, max(1 - (embedding_vector <=> ${query}::vector)) as similarity
        from knowledge_embeddings
        where model = ${model} and vector_dims(embedding_vector) = ${vector.length} and vector_norm(embedding_vector) > 0
        group by entry_id order by similarity desc limit ${limit}`));
      return rows.map((r) => ({ entryId: String(r.entry_id), similarity: Number(r.similarity) }));
    },
  };
}

/** Raw SQL because `embedding_vector` is not in schema.ts (it exists only where pgvector does). */
function upsertStatement(row: EmbeddingRow, vectorColumn: boolean): SQL {
  const array = `{${row.embedding.join(",")}}`;
  const vectorInsert = vectorColumn ? sql`, embedding_vector` : sql``;
  const vectorValue = vectorColumn ? sql`, ${array}::real[]::vector` : sql``;
  const vectorUpdate = vectorColumn ? sql`, embedding_vector = excluded.embedding_vector` : sql``;
  return sql`
    insert into knowledge_embeddings (entry_id, unit_key, model, content_hash, embedding, updated_at${vectorInsert})
    select ${row.entryId}, ${row.unitKey}, ${row.model}, ${row.contentHash}, ${array}::real[], now()${vectorValue}
    where exists (select 1 from knowledge_entries where id = ${row.entryId})
    on conflict (entry_id, unit_key) do update set model = excluded.model, content_hash = excluded.content_hash,
      embedding = excluded.embedding, updated_at = excluded.updated_at${vectorUpdate}`;
}

/** pgvector's text input: `[1,2,3]`. */
function pgvectorLiteral(vector: number[]): string {
  return `[${vector.join(",")}]`;
}
