import type { KnowledgeEntry } from "../../domain/knowledge.js";
import { splitArticle } from "./split-article.js";

/**
 * The searchable pieces of one knowledge entry. A question-shaped unit (FAQ question or
 * alternate) is what shoppers' messages resemble most, so it weighs most; an answer or article
 * body matches on many incidental words, so it weighs less.
 */
export interface KnowledgeUnit {
  entryIndex: number;
  text: string;
  weight: number;
  /** For article sections: which section answers (its index in splitArticle's result). */
  section: number | null;
}

export const UNIT_WEIGHTS = { question: 1, alternate: 1, title: 0.85, heading: 0.85, answer: 0.6, section: 0.6 };

/** Lists the units of an entry; `entryIndex` is the entry's position in the answerer's list. */
export function knowledgeUnits(entry: KnowledgeEntry, entryIndex: number): KnowledgeUnit[] {
  if (entry.kind === "faq") {
    return [
      { entryIndex, text: entry.question, weight: UNIT_WEIGHTS.question, section: null },
      ...entry.alternates.map((text) => ({ entryIndex, text, weight: UNIT_WEIGHTS.alternate, section: null })),
      { entryIndex, text: entry.answer, weight: UNIT_WEIGHTS.answer, section: null },
    ];
  }
  const units: KnowledgeUnit[] = [{ entryIndex, text: entry.title, weight: UNIT_WEIGHTS.title, section: 0 }];
  splitArticle(entry.title, entry.body).forEach((section, index) => {
    // A section's heading, read with the article title, is a question-like summary of it.
    const heading = section.heading === entry.title ? entry.title : `${entry.title} ${section.heading}`;
    units.push({ entryIndex, text: heading, weight: UNIT_WEIGHTS.heading, section: index });
    units.push({ entryIndex, text: section.text, weight: UNIT_WEIGHTS.section, section: index });
  });
  return units;
}
