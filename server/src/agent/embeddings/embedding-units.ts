import { createHash } from "node:crypto";
import type { KnowledgeEntry } from "../../domain/knowledge.js";
import { splitArticle } from "../builtin/split-article.js";

/** One embedded piece of knowledge: a whole FAQ, or one article section (what retrieval answers from). */
export interface EmbeddingUnit {
  entryId: string;
  /** "faq", or "section-N" for an article's Nth section (splitArticle's order). */
  unitKey: string;
  text: string;
  /** sha256 of `text`: the unit is embedded again only when this (or the model) changes. */
  contentHash: string;
}

/**
 * The units of an entry to embed. An FAQ is embedded whole (question, alternates, answer), so a
 * question worded like any of them lands near it; an article per section, with the article title and
 * the section heading, as the builtin retrieval splits it (agent/builtin/knowledge-units.ts).
 *
 * @example
 * embeddingUnits({ id: "returns", kind: "faq", lang: "en", question: "Can I return?", alternates: [], answer: "Within 30 days.", url: null });
 * // [{ entryId: "returns", unitKey: "faq", text: "Can I return?\nWithin 30 days.", contentHash: "…" }]
 */
export function embeddingUnits(entry: KnowledgeEntry): EmbeddingUnit[] {
  if (entry.kind === "faq") {
    return [unit(entry.id, "faq", [entry.question, ...entry.alternates, entry.answer].join("\n"))];
  }
  return splitArticle(entry.title, entry.body).map((section, index) => {
    const heading = section.heading === entry.title ? entry.title : `${entry.title}: ${section.heading}`;
    return unit(entry.id, `section-${index}`, `${heading}\n${section.text}`);
  });
}

function unit(entryId: string, unitKey: string, text: string): EmbeddingUnit {
  return { entryId, unitKey, text, contentHash: createHash("sha256").update(text).digest("hex") };
}
