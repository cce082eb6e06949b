import { sql } from "drizzle-orm";
import type { Database } from "./db.js";

/**
 * Turns on pgvector for knowledge_embeddings when the database has it: the embedded PGlite always
 * (the extension ships with it, db.ts), a PostgreSQL when `vector` is installable and this role may
 * create it (or it already exists). Returns whether the `embedding_vector` column is there.
 *
 * Why at start-up and not in a migration: migrations run on every database, and a PostgreSQL without
 * pgvector (our CI's PostgreSQL 15, many managed ones) would fail `CREATE EXTENSION` and stop Relevo.
 * The migration keeps the portable `real[]` column; this adds the indexable one beside it. Safe to run
 * on every start and from several processes at once (IF NOT EXISTS; a lost race is re-checked).
 *
 * No ANN index (HNSW/IVFFlat) is built: it needs a fixed dimension, which changes with the model, and an
 * exact scan of a store's few thousand units takes milliseconds.
 */
export async function enableVectorColumn(database: Database): Promise<boolean> {
  if (database.kind === "postgres" && !(await vectorInstallable(database))) return false;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await database.db.execute(sql`create extension if not exists vector`);
      await database.db.execute(sql`alter table knowledge_embeddings add column if not exists embedding_vector vector`);
      break;
    } catch {
      // No privilege to create the extension (then the check below says no), or another process starting
      // at the same moment won a race on the catalog (then the second attempt finds everything there).
    }
  }
  return hasVectorColumn(database);
}

async function vectorInstallable(database: Database): Promise<boolean> {
  const rows = rowsOf(await database.db.execute(sql`select 1 as ok from pg_available_extensions where name = 'vector'`));
  return rows.length > 0;
}

async function hasVectorColumn(database: Database): Promise<boolean> {
  const rows = rowsOf(await database.db.execute(sql`
    select 1 as ok from information_schema.columns
    where table_name = 'knowledge_embeddings' and column_name = 'embedding_vector' and table_schema = current_schema()`));
  return rows.length > 0;
}

/** `execute` returns `{ rows }` on both drivers (PGlite's Results, node-postgres' Result). */
export function rowsOf(result: unknown): Array<Record<string, unknown>> {
  if (typeof result === "object" && result !== null && "rows" in result && Array.isArray(result.rows)) return result.rows;
  return [];
}
