import { describe, expect, it } from "vitest";
import { parseKnowledgeJsonl } from "./parse-knowledge-jsonl.js";

const faq = (fields: Record<string, unknown> = {}): string =>
  JSON.stringify({ id: "returns-window", kind: "faq", lang: "en", question: "How long do I have to return an item?", answer: "30 days.", ...fields });
const article = (fields: Record<string, unknown> = {}): string =>
  JSON.stringify({ id: "shipping-guide", kind: "article", lang: "es", title: "Guía de envíos", body: "## España\n2 días.", ...fields });

function errorsOf(text: string) {
  const result = parseKnowledgeJsonl(text);
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

describe("parseKnowledgeJsonl", () => {
  it("reads the FAQ and article examples of FORMAT.md", () => {
    const text = [
      faq({ alternates: ["Can I send something back?", "return period"], answer: "You can return unworn items within 30 days." }),
      article({ url: "https://shop.example/envios" }),
    ].join("\n");
    expect(parseKnowledgeJsonl(text)).toEqual({
      ok: true,
      entries: [
        { id: "returns-window", kind: "faq", lang: "en", question: "How long do I have to return an item?", alternates: ["Can I send something back?", "return period"], answer: "You can return unworn items within 30 days.", url: null },
        { id: "shipping-guide", kind: "article", lang: "es", title: "Guía de envíos", body: "## España\n2 días.", url: "https://shop.example/envios" },
      ],
    });
  });

  it("fills a missing alternates with [] and a missing or null url with null", () => {
    const result = parseKnowledgeJsonl(`${faq()}\n${faq({ id: "b", url: null })}`);
    expect(result.ok && result.entries.map((entry) => [entry.kind === "faq" && entry.alternates, entry.url])).toEqual([[[], null], [[], null]]);
  });

  it("trims the texts it keeps", () => {
    const result = parseKnowledgeJsonl(faq({ question: "  Returns?  ", alternates: [" send back "] }));
    expect(result.ok && result.entries[0]).toMatchObject({ question: "Returns?", alternates: ["send back"] });
  });

  it("skips blank lines, a byte-order mark and Windows line endings, and counts lines as an editor does", () => {
    const result = parseKnowledgeJsonl(`\uFEFF${faq()}\r\n\r\n   \r\n${article()}\r\n`);
    expect(result.ok && result.entries.map((entry) => entry.id)).toEqual(["returns-window", "shipping-guide"]);
    expect(errorsOf(`\n\n${faq({ answer: "" })}`)).toEqual([{ line: 3, reason: "`answer` must not be empty" }]);
  });

  it("accepts an empty file as no entries", () => {
    expect(parseKnowledgeJsonl("")).toEqual({ ok: true, entries: [] });
  });

  it("reports invalid JSON with its line", () => {
    const [error] = errorsOf(`${faq()}\n{"id": "x",`);
    expect(error?.line).toBe(2);
    expect(error?.reason).toMatch(/^this line is not valid JSON/);
  });

  it("reports a line that is JSON but not an object", () => {
    expect(errorsOf("[1, 2]\n42\n\"faq\"\nnull").map((error) => error.line)).toEqual([1, 2, 3, 4]);
    expect(errorsOf("[1]")[0]?.reason).toMatch(/must be one JSON object/);
  });

  it("names both lines when an id is used twice", () => {
    expect(errorsOf(`${faq()}\n${article()}\n${faq({ question: "Other?" })}`)).toEqual([
      { line: 3, reason: '`id` "returns-window" is already used on line 1; ids must be unique' },
    ]);
  });

  it("explains a missing or unknown kind", () => {
    expect(errorsOf(JSON.stringify({ id: "a", lang: "en" }))[0]?.reason).toBe('`kind` is required ("faq" or "article")');
    expect(errorsOf(faq({ kind: "blog" }))[0]?.reason).toBe('`kind` must be "faq" or "article", not "blog"');
  });

  it.each([
    [{ lang: "EN" }, "`lang` must be a two-letter lowercase ISO 639-1 code"],
    [{ lang: "eng" }, "`lang` must be a two-letter lowercase ISO 639-1 code"],
    [{ lang: undefined }, "`lang` is required for an FAQ entry"],
    [{ id: "" }, "`id` must not be empty"],
    [{ id: 7 }, "`id` must be text"],
    [{ question: undefined }, "`question` is required for an FAQ entry"],
    [{ question: "   " }, "`question` must not be empty"],
    [{ question: "q".repeat(501) }, "`question` must be at most 500 characters"],
    [{ answer: undefined }, "`answer` is required for an FAQ entry"],
    [{ answer: "a".repeat(10_001) }, "`answer` must be at most 10000 characters"],
    [{ alternates: "return period" }, "`alternates` must be a list of texts"],
    [{ alternates: ["ok", ""] }, "`alternates` item 2 must not be empty"],
    [{ alternates: [3] }, "`alternates` item 1 must be text"],
    [{ url: "javascript:alert(1)" }, "`url` must be an http(s) address"],
    [{ url: "shop.example/returns" }, "`url` must be an http(s) address"],
    [{ url: 5 }, "`url` must be an http(s) address"],
  ])("rejects an FAQ with %j: %s", (fields, reason) => {
    const errors = errorsOf(faq(fields));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(1);
    expect(errors[0]?.reason).toContain(reason);
  });

  it("asks an article for its title and body, not for FAQ fields", () => {
    expect(errorsOf(article({ title: undefined, body: "" })).map((error) => error.reason)).toEqual([
      "`title` is required for an article",
      "`body` must not be empty",
    ]);
  });

  it("collects every error in the file and returns no entries at all", () => {
    const text = [faq(), faq({ id: "b", answer: undefined, lang: "xx-y" }), article(), "not json", article({ id: "c", url: "ftp://x" })].join("\n");
    const result = parseKnowledgeJsonl(text);
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 2, reason: expect.stringContaining("`lang`") },
        { line: 2, reason: "`answer` is required for an FAQ entry" },
        { line: 4, reason: expect.stringContaining("not valid JSON") },
        { line: 5, reason: expect.stringContaining("`url`") },
      ],
    });
    expect("entries" in result).toBe(false);
  });

  it("ignores fields it does not know, so richer exports still import", () => {
    const result = parseKnowledgeJsonl(faq({ tags: ["returns"], updatedAt: "2026-01-01" }));
    expect(result.ok && Object.keys(result.entries[0] ?? {})).not.toContain("tags");
  });
});
