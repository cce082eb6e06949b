import { describe, expect, it } from "vitest";
import { parseKnowledgeMarkdown } from "./parse-knowledge-markdown.js";

const en = { defaultLang: "en" };

describe("parseKnowledgeMarkdown", () => {
  it("takes title, url and lang from front matter and keeps the body's sections", () => {
    const text = '---\ntitle: "Guía de envíos"\nurl: https://shop.example/envios\nlang: es-ES\n---\n\nEnviamos a todo el mundo.\n\n## España\n\n2 días.';
    expect(parseKnowledgeMarkdown("help/Guía de envíos.md", text, en)).toEqual({
      ok: true,
      entries: [{ id: "article-es-guia-de-envios", kind: "article", lang: "es", title: "Guía de envíos", body: "Enviamos a todo el mundo.\n\n## España\n\n2 días.", url: "https://shop.example/envios" }],
    });
  });

  it("takes the title from the first # heading and leaves it out of the body", () => {
    const result = parseKnowledgeMarkdown("shipping.md", "Intro.\n\n# Shipping guide\n\n## Spain\n2 days.", en);
    expect(result.ok && result.entries[0]).toMatchObject({ id: "article-en-shipping", title: "Shipping guide", body: "Intro.\n\n## Spain\n2 days.", lang: "en" });
  });

  it("does not mistake a shell comment in fenced code for the title", () => {
    const result = parseKnowledgeMarkdown("care.md", "```sh\n# wash cold\n```\n\n# Care", en);
    expect(result.ok && result.entries[0]).toMatchObject({ title: "Care", body: "```sh\n# wash cold\n```" });
  });

  it("falls back to the file name for the title", () => {
    const result = parseKnowledgeMarkdown("docs/size-guide.markdown", "## Shoes\nTrue to size.", en);
    expect(result.ok && result.entries[0]).toMatchObject({ title: "Size guide", id: "article-en-size-guide" });
  });

  it("refuses an article without text", () => {
    expect(parseKnowledgeMarkdown("empty.md", "# Only a title\n\n", en)).toEqual({ ok: false, errors: [{ line: 0, reason: "the article has no text" }] });
  });

  it("refuses an article without any title", () => {
    expect(parseKnowledgeMarkdown(".md", "Some text.", en)).toEqual({
      ok: false,
      errors: [{ line: 0, reason: expect.stringContaining("the article has no title") }],
    });
  });

  it("points at the front matter line of a bad lang or url", () => {
    const result = parseKnowledgeMarkdown("x.md", "---\nlang: Spanish\nurl: javascript:alert(1)\n---\n# T\nBody", en);
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 2, reason: expect.stringContaining("`lang` must be a two-letter") },
        { line: 3, reason: expect.stringContaining("`url` must be an http(s) address") },
      ],
    });
  });

  it("reports front matter that is never closed", () => {
    expect(parseKnowledgeMarkdown("x.md", "---\ntitle: T\nBody", en)).toEqual({
      ok: false,
      errors: [{ line: 1, reason: "the front matter that starts with --- on line 1 is never closed by a --- line" }],
    });
  });
});
