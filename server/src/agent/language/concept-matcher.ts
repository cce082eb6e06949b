import type { ShopLang } from "./detect-language.js";
import { tokenize } from "./normalize.js";
import { SHOP_CONCEPTS, type ShopConcept } from "./shop-concepts.js";
import { stem } from "./stem.js";

interface Phrase {
  stems: string[];
  concept: string;
}

/** Phrases of one language indexed by their first stem, longest first. */
type PhraseTable = Map<string, Phrase[]>;

function buildTable(concepts: ShopConcept[], lang: ShopLang): PhraseTable {
  const table: PhraseTable = new Map();
  for (const concept of concepts) {
    for (const surface of concept[lang]) {
      const stems = tokenize(surface).map((token) => stem(token, lang));
      const first = stems[0];
      if (first === undefined) continue;
      const list = table.get(first) ?? [];
      list.push({ stems, concept: concept.id });
      list.sort((a, b) => b.stems.length - a.stems.length);
      table.set(first, list);
    }
  }
  return table;
}

const tables: Record<ShopLang, PhraseTable> = {
  en: buildTable(SHOP_CONCEPTS, "en"),
  es: buildTable(SHOP_CONCEPTS, "es"),
};

/** Every surface word of the lexicon, for the typo corrector's vocabulary. */
export const LEXICON_WORDS: string[] = SHOP_CONCEPTS.flatMap((c) => [...c.en, ...c.es]).flatMap(tokenize);

/** A lexicon phrase found in a text: tokens [start, end) mean `concept`. */
export interface ConceptMatch {
  start: number;
  end: number;
  concept: string;
}

/**
 * Finds every lexicon phrase in a stemmed token sequence. A word may belong to several concepts
 * ("cambiar" is both change and exchange), so all matches are returned, longest first per start.
 *
 * @example
 * matchConcepts(["money", "back"], "en") // [{ start: 0, end: 2, concept: "refund" }]
 */
export function matchConcepts(stems: string[], lang: ShopLang): ConceptMatch[] {
  const found: ConceptMatch[] = [];
  const table = tables[lang];
  for (let start = 0; start < stems.length; start++) {
    for (const phrase of table.get(stems[start] ?? "") ?? []) {
      if (!phrase.stems.every((s, k) => stems[start + k] === s)) continue;
      found.push({ start, end: start + phrase.stems.length, concept: phrase.concept });
    }
  }
  return found;
}
