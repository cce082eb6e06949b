import { parse } from "node-html-parser";
import { finishArticle } from "./article-file.js";
import { htmlToMarkdown } from "./html-to-markdown.js";
import type { ParseResult } from "./import-result.js";
import { languageCode } from "./language-code.js";

/**
 * Reads one HTML page (e.g. a saved help-centre article) as one article. Title from `<title>`,
 * else the first `<h1>`; language from `<html lang>`, else `defaultLang`; url from
 * `<link rel="canonical">` when present. The body keeps headings, paragraphs, lists and links.
 *
 * @example
 * parseKnowledgeHtml("returns.html", "<html lang='es'><h1>Devoluciones</h1><p>30 días.</p></html>", { defaultLang: "en" });
 * // { ok: true, entries: [{ id: "article-es-returns", title: "Devoluciones", body: "30 días.", lang: "es", … }] }
 */
export function parseKnowledgeHtml(fileName: string, text: string, opts: { defaultLang: string }): ParseResult {
  const root = parse(text, { comment: false });
  const titleText = root.querySelector("title")?.text.replace(/\s+/g, " ").trim() ?? "";
  const h1Text = root.querySelector("h1")?.text.replace(/\s+/g, " ").trim() ?? "";
  const title = titleText || h1Text || null;
  const langTag = root.querySelector("html")?.getAttribute("lang")?.trim() ?? "";
  const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() ?? "";
  const body = root.querySelector("body") ?? root;
  return finishArticle({
    fileName,
    title,
    // The heading that names the article would repeat the title as its first section.
    body: htmlToMarkdown(body, { skipHeading: h1Text === title ? h1Text : undefined }),
    lang: languageCode(langTag || opts.defaultLang),
    url: /^https?:\/\//i.test(canonical) ? canonical : null,
  });
}
