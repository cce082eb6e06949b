import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { KnowledgeEntry } from "../domain/knowledge.js";
import { parseKnowledgeJsonl } from "../agent/knowledge-import/parse-knowledge-jsonl.js";

const text = readFileSync(new URL("./demo-store.jsonl", import.meta.url), "utf8");

function entries(): KnowledgeEntry[] {
  const result = parseKnowledgeJsonl(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.entries;
}

/** Demo ids are `<topic>-<lang>`, so a topic's translations share the part before the language. */
const topicOf = (entry: KnowledgeEntry): string => entry.id.replace(new RegExp(`-${entry.lang}$`), "");

describe("the demo store's knowledge (Northwind Threads)", () => {
  it("parses with the kb.jsonl importer", () => {
    expect(parseKnowledgeJsonl(text).ok).toBe(true);
  });

  it("has FAQs and articles in English and in Spanish", () => {
    for (const lang of ["en", "es"]) {
      const inLang = entries().filter((entry) => entry.lang === lang);
      expect(inLang.filter((entry) => entry.kind === "faq").length).toBeGreaterThanOrEqual(24);
      expect(inLang.filter((entry) => entry.kind === "article").length).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(entries().map((entry) => entry.lang))).toEqual(new Set(["en", "es"]));
  });

  it("covers every topic in both languages", () => {
    const topics = (lang: string) => entries().filter((entry) => entry.lang === lang).map(topicOf).sort();
    expect(topics("es")).toEqual(topics("en"));
  });

  it("gives every FAQ two to four alternate phrasings", () => {
    for (const entry of entries()) {
      if (entry.kind === "faq") expect(entry.alternates.length, entry.id).toBeGreaterThanOrEqual(2);
      if (entry.kind === "faq") expect(entry.alternates.length, entry.id).toBeLessThanOrEqual(4);
    }
  });

  it("splits every article into several ## sections", () => {
    for (const entry of entries()) {
      if (entry.kind === "article") expect(entry.body.match(/^## /gm)?.length ?? 0, entry.id).toBeGreaterThanOrEqual(4);
    }
  });

  it("has a shipping guide naming Mexico, Spain, the US and Canada in each language", () => {
    const guide = (id: string) => entries().find((entry) => entry.id === id);
    for (const country of ["## United States", "## Canada", "## Mexico", "## Spain"]) {
      expect(guide("shipping-guide-en")).toMatchObject({ body: expect.stringContaining(country) });
    }
    for (const country of ["## Estados Unidos", "## Canadá", "## México", "## España"]) {
      expect(guide("shipping-guide-es")).toMatchObject({ body: expect.stringContaining(country) });
    }
  });

  it("links only to the fictional store's domain", () => {
    for (const entry of entries()) {
      if (entry.url !== null) expect(entry.url).toMatch(/^https:\/\/northwind-threads\.example\//);
    }
  });
});
