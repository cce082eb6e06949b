import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeOpenAi, startFakeOpenAi } from "../../../test/support/fake-openai.js";
import { resetDatabase, testDatabase } from "../../../test/support/test-db.js";
import type { KnowledgeEntry } from "../../domain/knowledge.js";
import type { Database } from "../../storage/db.js";
import { knowledgeEmbeddingRepo } from "../../storage/repos/knowledge-embedding-repo.js";
import { knowledgeRepo } from "../../storage/repos/knowledge-repo.js";
import { enableVectorColumn } from "../../storage/vector-column.js";
import { createEmbedder } from "./embedder.js";
import { reembedKnowledge } from "./reembed-knowledge.js";

let fake: FakeOpenAi;
let database: Database;
let vectorColumn: boolean;

beforeAll(async () => {
  fake = await startFakeOpenAi();
  database = await testDatabase();
  vectorColumn = await enableVectorColumn(database);
});
afterAll(async () => {
  await fake.close();
});
beforeEach(async () => {
  await resetDatabase(database);
  fake.embeddingRequests.length = 0;
  fake.embeddings((text) => [text.length % 7, 1, text.includes("return") ? 3 : 0]);
});

const returns: KnowledgeEntry = {
  id: "returns", kind: "faq", lang: "en", question: "How long do I have to return an item?",
  alternates: ["return window"], answer: "Within 30 days.", url: null,
};
const shipping: KnowledgeEntry = {
  id: "shipping", kind: "article", lang: "en", title: "Shipping", body: "We ship worldwide.\n## Times\n3-5 days.\n## Costs\nFree over $50.", url: null,
};

function setUp(model = "embed-a", batchSize = 32) {
  const store = knowledgeEmbeddingRepo(database.db, { vectorColumn });
  const knowledge = knowledgeRepo(database.db);
  const embedder = createEmbedder({ baseUrl: fake.baseUrl, model, apiKey: "secret" });
  const run = () => reembedKnowledge({ listKnowledge: () => knowledge.list(), store, embedder, batchSize });
  return { store, knowledge, run };
}
const embeddedTexts = () => fake.embeddingRequests.flatMap((r) => r.input);

describe("re-embedding the knowledge", () => {
  it("embeds every unit of new knowledge (an FAQ whole, an article per section) in batches, with the model's name", async () => {
    const { store, knowledge, run } = setUp("embed-a", 2);
    await knowledge.upsert(returns);
    await knowledge.upsert(shipping);
    expect(await run()).toEqual({ embedded: 4, removed: 0 });
    expect(fake.embeddingRequests.map((r) => r.input.length)).toEqual([2, 2]);
    expect(fake.embeddingRequests.every((r) => r.model === "embed-a")).toBe(true);
    expect(embeddedTexts()).toContain("How long do I have to return an item?\nreturn window\nWithin 30 days.");
    expect(embeddedTexts()).toContain("Shipping: Costs\nFree over $50.");
    const keys = (await store.stamps()).map((s) => `${s.entryId}/${s.unitKey}`).sort();
    expect(keys).toEqual(["returns/faq", "shipping/section-0", "shipping/section-1", "shipping/section-2"]);
  });

  it("does nothing when run again over unchanged knowledge", async () => {
    const { knowledge, run } = setUp();
    await knowledge.upsert(returns);
    await run();
    fake.embeddingRequests.length = 0;
    expect(await run()).toEqual({ embedded: 0, removed: 0 });
    expect(fake.embeddingRequests).toEqual([]);
  });

  it("embeds again only what changed, and drops vectors of removed entries and sections", async () => {
    const { store, knowledge, run } = setUp();
    await knowledge.upsert(returns);
    await knowledge.upsert(shipping);
    await run();
    fake.embeddingRequests.length = 0;
    await knowledge.upsert({ ...returns, answer: "Within 60 days." });
    await knowledge.upsert({ ...shipping, body: "We ship worldwide.\n## Times\n3-5 days." });
    expect(await run()).toEqual({ embedded: 1, removed: 1 });
    expect(embeddedTexts()).toEqual(["How long do I have to return an item?\nreturn window\nWithin 60 days."]);
    await knowledge.remove("shipping");
    expect((await store.stamps()).map((s) => s.entryId)).toEqual(["returns"]);
  });

  it("embeds everything again when the model changes", async () => {
    await knowledgeRepo(database.db).upsert(returns);
    await setUp("embed-a").run();
    expect(await setUp("embed-b").run()).toEqual({ embedded: 1, removed: 0 });
    expect((await setUp("embed-b").store.stamps()).map((s) => s.model)).toEqual(["embed-b"]);
  });

  it("fails while the embedding server is down, keeps nothing half-done, and catches up on the next run", async () => {
    const { store, knowledge, run } = setUp();
    await knowledge.upsert(returns);
    fake.embeddings({ status: 503 });
    await expect(run()).rejects.toThrow();
    expect(await store.stamps()).toEqual([]);
    fake.embeddings((text) => [1, text.length]);
    expect(await run()).toEqual({ embedded: 1, removed: 0 });
  });
});
