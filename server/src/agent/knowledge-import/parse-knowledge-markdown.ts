import { finishArticle, titleFromFileName } from "./article-file.js";
import type { ParseResult } from "./import-result.js";
import { languageCode } from "./language-code.js";

interface FrontMatter {
  values: Map<string, { value: string; line: number }>;
  /** Index in `lines` of the first body line. */
  bodyStart: number;
}

/**
 * Reads one Markdown file as one article. Title: front matter `title:`, else the first `# `
 * heading (removed from the body so it is not repeated), else the file name. Optional front
 * matter (`---` block) may set `title`, `url` and `lang`; lang otherwise is `defaultLang`.
 *
 * @example
 * parseKnowledgeMarkdown("shipping.md", "# Shipping\n\nWe ship in 2 days.", { defaultLang: "en" });
 * // { ok: true, entries: [{ id: "article-en-shipping", kind: "article", title: "Shipping", body: "We ship in 2 days.", … }] }
 */
export function parseKnowledgeMarkdown(fileName: string, text: string, opts: { defaultLang: string }): ParseResult {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const front = readFrontMatter(lines);
  if (!front.ok) return { ok: false, errors: [{ line: 1, reason: "the front matter that starts with --- on line 1 is never closed by a --- line" }] };
  const { values, bodyStart } = front.matter;
  const bodyLines = lines.slice(bodyStart);
  const headingAt = values.has("title") ? -1 : findTitleHeading(bodyLines);
  const heading = headingAt >= 0 ? (bodyLines[headingAt] ?? "").replace(/^#\s+/, "").replace(/\s+#*\s*$/, "") : null;
  if (headingAt >= 0) bodyLines.splice(headingAt, 1);
  const title = values.get("title")?.value ?? heading ?? titleFromFileName(fileName);
  return finishArticle({
    fileName,
    title,
    body: bodyLines.join("\n").replace(/\n{3,}/g, "\n\n").trim(),
    lang: languageCode(values.get("lang")?.value ?? opts.defaultLang),
    url: values.get("url")?.value ?? null,
    lineOf: {
      title: values.get("title")?.line ?? (headingAt >= 0 ? bodyStart + headingAt + 1 : undefined),
      lang: values.get("lang")?.line,
      url: values.get("url")?.line,
    },
  });
}

/** The first `# ` line outside fenced code, where `# ` is a shell comment, not a heading. */
function findTitleHeading(lines: string[]): number {
  let inFence = false;
  for (const [index, line] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence && /^#\s+\S/.test(line)) return index;
  }
  return -1;
}

type FrontMatterRead = { ok: true; matter: FrontMatter } | { ok: false };

/** A minimal `key: value` front matter reader: enough for title/url/lang, no YAML dependency. */
function readFrontMatter(lines: string[]): FrontMatterRead {
  const values: FrontMatter["values"] = new Map();
  if (lines[0]?.trim() !== "---") return { ok: true, matter: { values, bodyStart: 0 } };
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  if (close < 0) return { ok: false };
  lines.slice(1, close).forEach((line, index) => {
    const match = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (match?.[1] === undefined) return;
    const value = unquote((match[2] ?? "").trim());
    if (value !== "") values.set(match[1].toLowerCase(), { value, line: index + 2 });
  });
  return { ok: true, matter: { values, bodyStart: close + 1 } };
}

function unquote(value: string): string {
  const quoted = /^"(.*)"$/.exec(value) ?? /^'(.*)'$/.exec(value);
  return quoted?.[1] ?? value;
}
