import type { Citation, KnowledgeEntry } from "../../domain/knowledge.js";
import { splitArticle } from "./split-article.js";

/**
 * What the shopper reads: an FAQ's answer, or the matching section of an article (the whole
 * article would bury the answer).
 */
export function answerText(entry: KnowledgeEntry, section: number | null): string {
  if (entry.kind === "faq") return entry.answer;
  const sections = splitArticle(entry.title, entry.body);
  const chosen = sections[section ?? 0] ?? sections[0];
  return chosen?.text ?? entry.body;
}

/** The citation shown under an answer: FAQ question or article title, and its link. */
export function citationOf(entry: KnowledgeEntry): Citation {
  const title = entry.kind === "faq" ? entry.question : entry.title;
  return entry.url ? { knowledgeId: entry.id, title, url: entry.url } : { knowledgeId: entry.id, title };
}
