import type { KnowledgeEntry } from "../../domain/knowledge.js";
import { type Slot, analyze, termCounts } from "../language/analyze.js";
import { LEXICON_WORDS } from "../language/concept-matcher.js";
import type { ShopLang } from "../language/detect-language.js";
import { TypoCorrector } from "../language/edit-distance.js";
import { stem } from "../language/stem.js";
import { STOP_WORDS } from "../language/stop-words.js";
import { type KnowledgeUnit, knowledgeUnits } from "./knowledge-units.js";
import { markProperNouns } from "./proper-nouns.js";

/** BM25 constants (Robertson & Zaragoza 2009); b is low because units are short and uneven. */
export const K1 = 1.2;
const B = 0.5;

/**
 * What the index keeps per unit: its length, and its slots' terms as one string ("w:ship|c:ship
 * c:refund", slots split by spaces, terms by "|") for coverage checks. One string instead of
 * nested arrays keeps a 100k-entry index light on the garbage collector; only the dozen
 * candidates of a query ever read it (see unitSlots).
 */
export interface IndexedUnit extends KnowledgeUnit {
  length: number;
  slotText: string;
}

/** The slots of a unit, each a list of terms. */
export function unitSlots(unit: IndexedUnit): string[][] {
  return unit.slotText === "" ? [] : unit.slotText.split(" ").map((slot) => slot.split("|"));
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
  /** Per unit, as flat arrays for the scoring loop: owning entry, weight, and BM25 length norm. */
  readonly unitEntry: number[] = [];
  readonly unitWeight: number[] = [];
  private lengthNorm = new Float64Array(0);
  /** Known spellings (index words, lexicon, stop words) for typo correction. */
  private readonly words = new TypoCorrector([...LEXICON_WORDS, ...STOP_WORDS], 4);
  /** Known stems, each with one word that has it: corrects typos inside inflected words. */
  private readonly stems = new TypoCorrector([], 4);
  private readonly wordOfStem = new Map<string, string>();

  constructor(entries: KnowledgeEntry[]) {
    for (const word of LEXICON_WORDS) {
      for (const lang of ["en", "es"] as const) this.learnStem(word, lang);
    }
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
      const slotText = slots.map((slot) => slot.terms.join("|")).join(" ");
      this.units.push({ ...unit, length: slots.length, slotText });
      this.unitEntry.push(entryIndex);
      this.unitWeight.push(unit.weight);
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
      // The slots' own words (stop words are known to the corrector already): no second tokenising.
      for (const slot of slots) for (const token of slot.token.split(" ")) this.learnWord(token, lang);
    }
  }

  private learnWord(token: string, lang: ShopLang): void {
    if (this.words.has(token)) return;
    this.words.add(token);
    this.learnStem(token, lang);
  }

  private learnStem(token: string, lang: ShopLang): void {
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

  /**
   * BM25's length part per unit, K1·(1 − B + B·length/average), recomputed only after entries
   * were added. The term-frequency part is then tf·(K1+1) / (tf + norm[unit]).
   */
  lengthNorms(): Float64Array {
    if (this.lengthNorm.length === this.units.length) return this.lengthNorm;
    const average = Math.max(1, this.totalLength / Math.max(1, this.units.length));
    this.lengthNorm = Float64Array.from(this.units, (unit) => K1 * (1 - B + (B * unit.length) / average));
    return this.lengthNorm;
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
    const word = this.words.correct(token) ?? this.splitRunTogether(token);
    if (word !== undefined) return word;
    const nearStem = this.stems.correct(stemmed);
    return (nearStem !== undefined ? this.wordOfStem.get(nearStem) : undefined) ?? token;
  }

  /** "tocheck" → "to check": shoppers on phones miss the space bar. */
  private splitRunTogether(token: string): string | undefined {
    if (token.length < 5) return undefined;
    for (let cut = 1; cut < token.length - 1; cut++) {
      const left = token.slice(0, cut);
      const right = token.slice(cut);
      if (this.words.has(left) && this.words.has(right) && right.length > 1) return `${left} ${right}`;
    }
    return undefined;
  }
}
