import { describe, expect, it } from "vitest";
import { createBuiltinAnswerer } from "../builtin/index.js";
import { retrieveCandidates } from "./retrieve-candidates.js";
import { faq, knowledge } from "./test-support/mock-model.js";

const entries = [...knowledge, faq("gift-wrap", "en", "Do you offer gift wrapping?", "Yes, we wrap presents for $5 per order.")];
const builtin = createBuiltinAnswerer(entries);
const byId = new Map(entries.map((e) => [e.id, e]));
const noAnswer = { kind: "no_knowledge", lang: "en" } as const;
const ids = (list: Array<{ id: string }>) => list.map((e) => e.id);

describe("retrieveCandidates", () => {
  it("adds the entries nearest in meaning to the lexical hits", async () => {
    const question = "can the box come decorated for a birthday?";
    const lexical = await retrieveCandidates(builtin, byId, { text: question, context: [] }, noAnswer, 5);
    const hybrid = await retrieveCandidates(builtin, byId, { text: question, context: [] }, noAnswer, 5, async () => ["gift-wrap"]);
    expect(ids(lexical)).not.toContain("gift-wrap");
    expect(ids(hybrid)).toContain("gift-wrap");
  });

  it("keeps the lexical hits, in order, when the semantic search fails", async () => {
    const input = { text: "how long do I have to return an item?", context: [] };
    const lexical = await retrieveCandidates(builtin, byId, input, noAnswer, 5);
    const failing = await retrieveCandidates(builtin, byId, input, noAnswer, 5, async () => {
      throw new Error("embedding server down");
    });
    expect(ids(failing)).toEqual(ids(lexical));
    expect(ids(lexical)[0]).toBe("returns");
  });

  it("ranks first an entry both searches found, and never returns more than the limit", async () => {
    const input = { text: "how long do I have to return an item?", context: [] };
    const hybrid = await retrieveCandidates(builtin, byId, input, noAnswer, 2, async () => ["gift-wrap", "shipping-abroad", "returns"]);
    expect(ids(hybrid)).toHaveLength(2);
    expect(ids(hybrid)[0]).toBe("returns");
  });
});
