import type { KnowledgeEntry } from "../../domain/knowledge.js";
import { type Slot, analyze, termCounts } from "../language/analyze.js";
import { LEXICON_WORDS } from "../language/concept-matcher.js";
import type { ShopLang } from "../language/detect-language.js";
import { TypoCorrector } from "../language/edit-distance.js";
import { tokenize } from "../language/normalize.js";
import { stem } from "../language/stem.js";
import { STOP_WORDS } from "../language/stop-words.js";
import { type KnowledgeUnit, knowledgeUnits } from "./knowledge-units.js";
import { markProperNouns } from "./proper-nouns.js";

/** BM25 constants (Robertson & Zaragoza 2009); b is low because units are short and uneven. */
const K1 = 1.2;
const B = 0.5;

/** What the index keeps per unit: its length and its distinct terms (for coverage checks). */
export interface IndexedUnit extends KnowledgeUnit {
  length: number;
  terms: string[];
}

/** The language an entry is analysed in: its own when supported, else English. */
export function entryLang(entry: KnowledgeEntry): ShopLang {
  return entry.lang.toLowerCase().startsWith("es") ? "es" : "en";
}

/**
 * An inverted index over knowledge units: term → postings (unit, term frequency), with entry-level
 * document frequencies for IDF. Built once per knowledge version; adding entries appends.
 */
export class InvertedIndex {
  readonly entries: KnowledgeEntry[] = [];
  readonly units: IndexedUnit[] = [];
  /** Units of each coverage group (a FAQ, or an article section). */
  readonly groups: number[][] = [];
  /** term → flat [unit, tf, unit, tf, …]; flat arrays keep 100k-entry indexes compact. */
  readonly postings = new Map<string, number[]>();
  private readonly entryFrequency = new Map<string, number>();
  private totalLength = 0;
  /** Known spellings (index words, lexicon, stop words) for typo correction. */
  private readonly words = new TypoCorrector([...LEXICON_WORDS, ...STOP_WORDS], 4);
  /** Known stems, each with one word that has it: corrects typos inside inflected words. */
  private readonly stems = new TypoCorrector([], 4);
  private readonly wordOfStem = new Map<string, string>();

  constructor(entries: KnowledgeEntry[]) {
    for (const entry of entries) this.add(entry);
  }

  /** Adds one entry (appends; earlier postings stay valid). */
  add(entry: KnowledgeEntry): void {
    const entryIndex = this.entries.length;
    this.entries.push(entry);
    const lang = entryLang(entry);
    const seen = new Set<string>();
    for (const unit of knowledgeUnits(entry, entryIndex, this.groups.length)) {
      const slots = analyze(unit.text, lang);
      const counts = termCounts(slots);
      const unitIndex = this.units.length;
      this.units.push({ ...unit, length: slots.length, terms: [...counts.keys()] });
      while (this.groups.length <= unit.group) this.groups.push([]);
      this.groups[unit.group]?.push(unitIndex);
      this.totalLength += slots.length;
      for (const [term, tf] of counts) {
        const list = this.postings.get(term);
        if (list) list.push(unitIndex, tf);
        else this.postings.set(term, [unitIndex, tf]);
        if (!seen.has(term)) this.entryFrequency.set(term, (this.entryFrequency.get(term) ?? 0) + 1);
        seen.add(term);
      }
      for (const token of tokenize(unit.text)) this.learnWord(token, lang);
    }
  }

  private learnWord(token: string, lang: ShopLang): void {
    if (this.words.has(token)) return;
    this.words.add(token);
    const stemmed = stem(token, lang);
    this.stems.add(stemmed);
    if (!this.wordOfStem.has(stemmed)) this.wordOfStem.set(stemmed, token);
  }

  /** Inverse document frequency over entries (BM25's, floored at a small positive value). */
  idf(term: string): number {
    const n = this.entries.length;
    const df = this.entryFrequency.get(term) ?? 0;
    return Math.max(0.05, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }

  has(term: string): boolean {
    return this.entryFrequency.has(term);
  }

  /** BM25's saturating term-frequency part for a unit, ≈1 for tf 1 at average length. */
  tfPart(tf: number, unitIndex: number): number {
    const average = this.totalLength / Math.max(1, this.units.length);
    const length = this.units[unitIndex]?.length ?? average;
    return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / Math.max(1, average)));
  }

  /**
   * Analyses a shopper message against this index. Unknown words are corrected to a known word
   * within one edit ("recieve"), else to a word whose stem is one edit away ("cacneling" →
   * "cancel…"); capitalised names are marked so that, unknown, they weigh little.
   */
  analyzeQuery(text: string, lang: ShopLang): Slot[] {
    const slots = analyze(text, lang, (token) => this.correct(token, lang));
    return markProperNouns(text, slots);
  }

  private correct(token: string, lang: ShopLang): string {
    if (this.words.has(token)) return token;
    const stemmed = stem(token, lang);
    if (this.wordOfStem.has(stemmed) || this.has(`w:${stemmed}`)) return token;
    const word = this.words.correct(token);
    if (word !== undefined) return word;
    const nearStem = this.stems.correct(stemmed);
    return (nearStem !== undefined ? this.wordOfStem.get(nearStem) : undefined) ?? token;
  }
}
