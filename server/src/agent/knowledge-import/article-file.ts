import type { ImportError, ParseResult } from "./import-result.js";
import { validateEntry } from "./knowledge-entry-schema.js";

/** What an article importer extracted from one file, before validation. */
export interface ArticleDraft {
  fileName: string;
  title: string | null;
  body: string;
  lang: string;
  url: string | null;
  /** Where each field came from, so an error can point at the line to fix; absent = whole file. */
  lineOf?: Partial<Record<"title" | "lang" | "url", number>>;
}

/**
 * The base name without folders or extension: "help/Shipping Guide.md" → "Shipping Guide".
 */
export function baseName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? "";
  return last.replace(/\.[^.]*$/, "").trim();
}

/**
 * A stable article id from the file name and language, so re-importing the same file updates the
 * article, and the same file name in two languages gives two articles.
 *
 * @example
 * articleId("docs/Shipping Guide.md", "es"); // "article-es-shipping-guide"
 */
export function articleId(fileName: string, lang: string): string {
  const slug = baseName(fileName)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `article-${lang}-${slug || "untitled"}`;
}

/** "shipping-guide" → "Shipping guide": a readable fallback when the file has no title. */
export function titleFromFileName(fileName: string): string | null {
  const words = baseName(fileName).replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
  return words === "" ? null : words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Validates a draft as one article; errors point at the line the bad value came from.
 */
export function finishArticle(draft: ArticleDraft): ParseResult {
  const errors: ImportError[] = [];
  const hasTitle = draft.title !== null && draft.title.trim() !== "";
  const hasBody = draft.body.trim() !== "";
  if (!hasTitle) errors.push({ line: 0, reason: "the article has no title: add a `# Heading`, a `title:` or a <title>" });
  if (!hasBody) errors.push({ line: 0, reason: "the article has no text" });
  const check = validateEntry({
    id: articleId(draft.fileName, draft.lang),
    kind: "article",
    lang: draft.lang,
    title: draft.title ?? undefined,
    body: draft.body,
    url: draft.url,
  });
  if (check.ok && errors.length === 0) return { ok: true, entries: [check.entry] };
  const lineOf = draft.lineOf ?? {};
  for (const { field, reason } of check.ok ? [] : check.problems) {
    // Missing title/body are already explained above in the merchant's terms.
    if ((field === "title" && !hasTitle) || (field === "body" && !hasBody)) continue;
    const line = field === "title" || field === "lang" || field === "url" ? (lineOf[field] ?? 0) : 0;
    errors.push({ line, reason });
  }
  return { ok: false, errors };
}
