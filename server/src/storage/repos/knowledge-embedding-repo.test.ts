import { sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { onPostgres, resetDatabase, testDatabase } from "../../../test/support/test-db.js";
import type { Database } from "../db.js";
import { enableVectorColumn, rowsOf } from "../vector-column.js";
import { type EmbeddingRow, knowledgeEmbeddingRepo } from "./knowledge-embedding-repo.js";
import { knowledgeRepo } from "./knowledge-repo.js";

let database: Database;
let vectorColumn: boolean;

beforeAll(async () => {
  database = await testDatabase();
  vectorColumn = await enableVectorColumn(database);
});

beforeEach(async () => {
  await resetDatabase(database);
  const knowledge = knowledgeRepo(database.db);
  for (const id of ["returns", "shipping", "sizes"]) {
    await knowledge.upsert({ id, kind: "faq", lang: "en", question: `${id}?`, alternates: [], answer: id, url: null });
  }
});

const unit = (x: number, y: number, z: number): number[] => {
  const n = Math.hypot(x, y, z);
  return [x / n, y / n, z / n];
};
const row = (entryId: string, embedding: number[], over: Partial<EmbeddingRow> = {}): EmbeddingRow => ({
  entryId, unitKey: "faq", model: "embed-a", contentHash: `hash-${entryId}`, embedding, ...over,
});

describe("turning pgvector on", () => {
  it("uses pgvector on the embedded PGlite, and on PostgreSQL exactly when the extension is available", async () => {
    if (!onPostgres()) return expect(vectorColumn).toBe(true);
    const available = rowsOf(await database.db.execute(sql`select 1 from pg_available_extensions where name = 'vector'`));
    expect(vectorColumn).toBe(available.length > 0);
  });

  it("is safe to run again on every start", async () => {
    expect(await enableVectorColumn(database)).toBe(vectorColumn);
  });
});

// Each database runs the ranking it has (pgvector on PGlite, the fallback on our PostgreSQL 15), and the
// portable fallback everywhere, so both paths are exercised by `npm test` and `npm run test:postgres`.
const rankings = () => [...new Set([vectorColumn, false])];

describe.each([true, false])("knowledge embeddings (vector column wanted: %s)", (wantVector) => {
  const repo = () => knowledgeEmbeddingRepo(database.db, { vectorColumn: wantVector && vectorColumn });

  it("ranks entries by cosine similarity to the question, best unit per entry", async (ctx) => {
    if (!rankings().includes(wantVector)) return ctx.skip();
    const embeddings = repo();
    await embeddings.save([
      row("returns", unit(1, 0, 0)),
      row("shipping", unit(0, 1, 0)),
      row("shipping", unit(0.9, 0.1, 0), { unitKey: "alt" }),
      row("sizes", unit(0, 0, 1)),
    ]);
    const hits = await embeddings.nearest(unit(1, 0.05, 0), "embed-a", 2);
    expect(hits.map((h) => h.entryId)).toEqual(["returns", "shipping"]);
    expect(hits[0]?.similarity).toBeCloseTo(0.9988, 3);
  });

  it("only compares vectors of the asked model", async (ctx) => {
    if (!rankings().includes(wantVector)) return ctx.skip();
    const embeddings = repo();
    await embeddings.save([row("returns", unit(1, 0, 0), { model: "embed-old" }), row("sizes", unit(0, 0, 1))]);
    expect((await embeddings.nearest(unit(1, 0, 0), "embed-a", 5)).map((h) => h.entryId)).toEqual(["sizes"]);
  });

  it("replaces a unit saved again, skips a unit whose entry is gone, and drops vectors with their entry", async (ctx) => {
    if (!rankings().includes(wantVector)) return ctx.skip();
    const embeddings = repo();
    await embeddings.save([row("returns", unit(1, 0, 0)), row("sizes", unit(0, 0, 1))]);
    await embeddings.save([row("returns", unit(0, 0, 1), { contentHash: "hash-2" }), row("deleted-entry", unit(1, 0, 0))]);
    await knowledgeRepo(database.db).remove("sizes");
    expect(await embeddings.stamps()).toEqual([{ entryId: "returns", unitKey: "faq", model: "embed-a", contentHash: "hash-2" }]);
    expect((await embeddings.nearest(unit(0, 0, 1), "embed-a", 5)).map((h) => h.entryId)).toEqual(["returns"]);
  });

  it("sees vectors another process saved or removed since its last search", async (ctx) => {
    if (!rankings().includes(wantVector)) return ctx.skip();
    const web = repo();
    const worker = repo();
    await worker.save([row("returns", unit(1, 0, 0))]);
    expect((await web.nearest(unit(0, 1, 0), "embed-a", 5)).map((h) => h.entryId)).toEqual(["returns"]);
    await worker.save([row("shipping", unit(0, 1, 0))]);
    expect((await web.nearest(unit(0, 1, 0), "embed-a", 5)).map((h) => h.entryId)).toEqual(["shipping", "returns"]);
    await worker.remove([{ entryId: "shipping", unitKey: "faq" }]);
    expect((await web.nearest(unit(0, 1, 0), "embed-a", 5)).map((h) => h.entryId)).toEqual(["returns"]);
  });
});
