import { describe, expect, it } from "vitest";
import { useTestApp } from "../../../test/support/test-app.js";
import type { KnowledgeEntry } from "../../domain/knowledge.js";

const faq = (id: string): KnowledgeEntry => ({ id, kind: "faq", lang: "en", question: `About ${id}?`, alternates: ["x"], answer: `Answer ${id}.`, url: null });

describe("knowledge repository", () => {
  const t = useTestApp();

  it("finds many entries by id in one read, leaving out ids that are not stored", async () => {
    await t.addKnowledge([faq("a"), faq("b"), faq("c")]);
    const repo = t.relevo.deps.uow.repos.knowledge;
    const found = await repo.findMany(["c", "a", "missing"]);
    expect(found.map((entry) => entry.id).sort()).toEqual(["a", "c"]);
    expect(found.find((entry) => entry.id === "a")).toEqual(faq("a"));
    expect(await repo.findMany([])).toEqual([]);
  });
});
