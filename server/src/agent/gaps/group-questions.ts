import { createHash } from "node:crypto";
import type { GapQuestion, QuestionGroup } from "../../domain/metrics/knowledge-gap.js";
import { normalize } from "../language/normalize.js";
import { addInto, cosine, type TermVector, termsOf, vectorOf } from "./question-vectors.js";

export interface GroupOptions {
  /** Cosine similarity to a group's centroid needed to join it (0–1). */
  threshold?: number;
  maxExamples?: number;
  maxAlternates?: number;
}

/** One phrasing (same normalised text) and every time it was asked, latest first. */
interface Variant {
  key: string;
  asked: GapQuestion[];
  terms: Set<string>;
  vector: TermVector;
}

interface Cluster {
  members: Variant[];
  centroid: TermVector;
}

/**
 * Groups unanswered questions by meaning, per language, with the answerer's own analysis (stems and shop
 * concepts, so "shipping to Canada?" and "do you ship to canada" meet). Greedy: phrasings are taken most
 * asked first and join the most similar group when its cosine to the group's centroid reaches the
 * threshold, else start a group. Deterministic for the same input. Groups come most asked first.
 *
 * @example
 * groupQuestions([{ text: "do you ship to Canada?", lang: "en", askedAt }, { text: "shipping to canada", lang: "en", askedAt }])
 * // [{ count: 2, question: "do you ship to Canada?", alternates: ["shipping to canada"], … }]
 */
export function groupQuestions(questions: readonly GapQuestion[], options: GroupOptions = {}): QuestionGroup[] {
  return [...bucket(questions, (q) => q.lang).entries()]
    .flatMap(([lang, asked]) => cluster(variantsOf(asked), options.threshold ?? 0.55).map((c) => toGroup(lang, c, options)))
    .sort((a, b) => b.count - a.count || b.lastSeen.getTime() - a.lastSeen.getTime() || a.id.localeCompare(b.id));
}

function variantsOf(asked: readonly GapQuestion[]): Variant[] {
  const byKey = bucket(asked, (q) => normalize(q.text) || q.text.trim().toLowerCase());
  const variants = [...byKey.entries()].map(([key, qs]) => {
    const latestFirst = [...qs].sort((a, b) => b.askedAt.getTime() - a.askedAt.getTime());
    const first = latestFirst[0];
    const terms = first ? termsOf(first.text, first.lang) : new Set<string>();
    return { key, asked: latestFirst, terms, vector: vectorOf(terms) };
  });
  return variants.sort((a, b) => b.asked.length - a.asked.length || latest(b) - latest(a) || a.key.localeCompare(b.key));
}

function cluster(variants: readonly Variant[], threshold: number): Cluster[] {
  const clusters: Cluster[] = [];
  for (const variant of variants) {
    let best: Cluster | null = null;
    let bestScore = 0;
    for (const c of clusters) {
      const score = cosine(variant.vector, c.centroid);
      if (score > bestScore) [best, bestScore] = [c, score];
    }
    if (best && bestScore >= threshold) {
      best.members.push(variant);
      addInto(best.centroid, variant.vector);
    } else {
      clusters.push({ members: [variant], centroid: new Map(variant.vector) });
    }
  }
  return clusters;
}

function toGroup(lang: string, c: Cluster, options: GroupOptions): QuestionGroup {
  const representative = mostRepresentative(c);
  const asked = c.members.flatMap((m) => m.asked).sort((a, b) => b.askedAt.getTime() - a.askedAt.getTime());
  const text = (v: Variant) => (v.asked[0]?.text ?? v.key).trim().slice(0, 500);
  const question = text(representative);
  return {
    id: createHash("sha256").update(`${lang}\n${representative.key}`).digest("hex").slice(0, 16),
    lang,
    count: asked.length,
    question,
    alternates: c.members.filter((m) => m !== representative).map(text).slice(0, options.maxAlternates ?? 20),
    examples: distinctLatest(asked, options.maxExamples ?? 5),
    firstSeen: asked.at(-1)?.askedAt ?? new Date(0),
    lastSeen: asked[0]?.askedAt ?? new Date(0),
  };
}

/** The phrasing closest to the group's centre, favouring the often asked; the seed when all else ties. */
function mostRepresentative(c: Cluster): Variant {
  let best = c.members[0];
  let bestScore = -1;
  for (const m of c.members) {
    const score = (m.terms.size === 0 ? 0 : cosine(m.vector, c.centroid)) * (1 + Math.log(m.asked.length));
    if (score > bestScore + 1e-9) [best, bestScore] = [m, score];
  }
  if (!best) throw new Error("a cluster always has a member");
  return best;
}

function distinctLatest(asked: readonly GapQuestion[], max: number): Array<{ text: string; askedAt: Date }> {
  const seen = new Set<string>();
  const examples: Array<{ text: string; askedAt: Date }> = [];
  for (const q of asked) {
    const key = normalize(q.text);
    if (seen.has(key)) continue;
    seen.add(key);
    examples.push({ text: q.text, askedAt: q.askedAt });
    if (examples.length >= max) break;
  }
  return examples;
}

function latest(v: Variant): number {
  return v.asked[0]?.askedAt.getTime() ?? 0;
}

function bucket<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const buckets = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = buckets.get(k);
    if (list) list.push(item);
    else buckets.set(k, [item]);
  }
  return buckets;
}
