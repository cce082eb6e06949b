import { describe, expect, it } from "vitest";
import type { Embedder } from "./embedder.js";
import { createSemanticSearch, MIN_SIMILARITY } from "./semantic-search.js";

const embedder = (embed: Embedder["embed"]): Embedder => ({ model: "m", embed });

describe("semantic search", () => {
  it("embeds the question once and returns the nearest entries above the similarity floor, best first", async () => {
    const calls: string[][] = [];
    const search = createSemanticSearch({
      embedder: embedder(async (texts) => {
        calls.push(texts);
        return [[1, 0]];
      }),
      store: { nearest: async () => [{ entryId: "a", similarity: 0.9 }, { entryId: "b", similarity: MIN_SIMILARITY - 0.01 }] },
    });
    expect(await search("gift wrap?", 5)).toEqual(["a"]);
    expect(calls).toEqual([["gift wrap?"]]);
  });

  it("gives up after its timeout, so a slow embedding server cannot hold a shopper's turn", async () => {
    const hanging = embedder((_texts, opts) => new Promise((_resolve, reject) => {
      opts?.signal?.addEventListener("abort", () => reject(opts.signal?.reason));
    }));
    const search = createSemanticSearch({ embedder: hanging, store: { nearest: async () => [] }, timeoutMs: 50 });
    const started = Date.now();
    await expect(search("gift wrap?", 5)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
