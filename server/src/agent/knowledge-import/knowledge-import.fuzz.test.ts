import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseKnowledgeFile } from "./import-knowledge-file.js";
import type { ParseResult } from "./import-result.js";
import { parseKnowledgeCsv } from "./parse-knowledge-csv.js";
import { parseKnowledgeHtml } from "./parse-knowledge-html.js";
import { parseKnowledgeJsonl } from "./parse-knowledge-jsonl.js";
import { parseKnowledgeMarkdown } from "./parse-knowledge-markdown.js";

const en = { defaultLang: "en" };
const runs = { numRuns: 300 };

/** Every importer's contract: either entries or errors, each error on a line the file has (0 = whole file). */
function expectWellFormed(result: ParseResult, text: string): void {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  if (result.ok) {
    expect(Array.isArray(result.entries)).toBe(true);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(Number.isInteger(error.line)).toBe(true);
    expect(error.line).toBeGreaterThanOrEqual(0);
    expect(error.line).toBeLessThanOrEqual(lineCount);
    expect(error.reason.trim()).not.toBe("");
  }
}

const anyText = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }));

// Values shaped like entries, mostly wrong in some field: where a real bug would hide.
const entryLike = fc.record(
  {
    id: fc.oneof(fc.string(), fc.constantFrom("a", "b", "c"), fc.integer()),
    kind: fc.oneof(fc.constantFrom("faq", "article"), fc.jsonValue()),
    lang: fc.oneof(fc.constantFrom("en", "es"), fc.string({ maxLength: 4 })),
    question: fc.oneof(fc.string(), fc.jsonValue()),
    answer: fc.string(),
    title: fc.string(),
    body: fc.string(),
    alternates: fc.oneof(fc.array(fc.string()), fc.jsonValue()),
    url: fc.oneof(fc.webUrl(), fc.string(), fc.constant(null)),
  },
  { requiredKeys: [] },
);

const jsonlLine = fc.oneof(anyText, fc.jsonValue().map((value) => JSON.stringify(value)), entryLike.map((value) => JSON.stringify(value)));
const jsonlFile = fc.array(jsonlLine, { maxLength: 12 }).map((lines) => lines.join("\n"));

describe("knowledge importers under arbitrary input", () => {
  it("kb.jsonl: never throws; entries or errors with real line numbers", () => {
    fc.assert(fc.property(jsonlFile, (text) => expectWellFormed(parseKnowledgeJsonl(text), text)), runs);
  });

  it("kb.jsonl: any invalid line means no entries at all", () => {
    const valid = fc.nat(1000).map((n) => JSON.stringify({ id: `faq-${n}`, kind: "faq", lang: "en", question: `Q${n}?`, answer: "A." }));
    const file = fc.tuple(fc.uniqueArray(valid, { maxLength: 8 }), fc.nat(), fc.constantFrom("{", "[]", '{"kind":"faq"}', "null"));
    fc.assert(
      fc.property(file, ([lines, at, bad]) => {
        const withBad = [...lines];
        withBad.splice(at % (lines.length + 1), 0, bad);
        const result = parseKnowledgeJsonl(withBad.join("\n"));
        expect(result.ok).toBe(false);
        expect(parseKnowledgeJsonl(lines.join("\n"))).toMatchObject({ ok: true, entries: { length: lines.length } });
      }),
      runs,
    );
  });

  it("CSV: never throws; entries or errors with real line numbers", () => {
    const cell = fc.oneof(anyText, fc.constantFrom('"', '""', ",", "|", "\n", "a|b", "https://shop.example", "es"));
    const row = fc.array(cell, { maxLength: 6 }).map((cells) => cells.join(","));
    const header = fc.constantFrom("question,answer", "question,answer,alternates,url,lang", "answer;question", "", "q");
    const file = fc.tuple(header, fc.array(fc.oneof(row, anyText), { maxLength: 10 })).map(([head, rows]) => [head, ...rows].join("\n"));
    fc.assert(fc.property(file, (text) => expectWellFormed(parseKnowledgeCsv(text, en), text)), runs);
  });

  it("Markdown: never throws; entries or errors with real line numbers", () => {
    const line = fc.oneof(anyText, fc.constantFrom("---", "# Title", "## Section", "title: T", "lang: xx", "url: ftp://x", "```"));
    const file = fc.array(line, { maxLength: 12 }).map((lines) => lines.join("\n"));
    fc.assert(fc.property(anyText, file, (name, text) => expectWellFormed(parseKnowledgeMarkdown(name, text, en), text)), runs);
  });

  it("HTML: never throws; entries or errors", () => {
    const tag = fc.constantFrom("<h1>", "</h1>", "<title>", "</title>", "<p>", "</p>", "<li>", "<ol>", "<a href='javascript:x'>", "<a href='https://x.example'>", "</a>", "<script>", "</script>", "<br>", "<html lang='es-MX'>", "<table><tr><td>");
    const file = fc.array(fc.oneof(anyText, tag), { maxLength: 20 }).map((parts) => parts.join(""));
    fc.assert(fc.property(file, (text) => expectWellFormed(parseKnowledgeHtml("page.html", text, en), text)), runs);
  });

  it("HTML: a javascript: link never survives as a link", () => {
    const text = fc.string().map((inner) => `<title>T</title><p><a href="javascript:alert(1)">${inner}x</a></p>`);
    fc.assert(
      fc.property(text, (html) => {
        const result = parseKnowledgeHtml("p.html", html, en);
        const body = result.ok && result.entries[0]?.kind === "article" ? result.entries[0].body : "";
        expect(body).not.toContain("javascript:");
      }),
      runs,
    );
  });

  it("any file name and content: never throws", () => {
    const name = fc.tuple(fc.string(), fc.constantFrom(".jsonl", ".csv", ".md", ".html", ".txt", "")).map(([base, ext]) => base + ext);
    fc.assert(fc.property(name, anyText, (fileName, text) => expectWellFormed(parseKnowledgeFile(fileName, text, en), text)), runs);
  });
});
