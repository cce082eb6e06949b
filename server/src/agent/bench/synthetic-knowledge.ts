import type { KnowledgeEntry } from "../../domain/knowledge.js";

/** mulberry32: a tiny seeded PRNG, so every bench run measures the same knowledge. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  "return", "exchange", "refund", "ship", "deliver", "track", "cancel", "wash", "repair", "size",
  "warranty", "assemble", "store", "gift wrap", "engrave", "insure", "pay for", "reorder", "recycle", "clean",
];
const QUESTIONS = ["How do I {t} the {p}?", "Can I {t} my {p}?", "What is the policy to {t} a {p}?", "How long does it take to {t} the {p}?"];
const SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "xe", "zu", "bra", "cle", "dri", "fo", "gle", "pra"];
const NOUNS = ["jacket", "boots", "lamp", "sofa", "kettle", "backpack", "watch", "scarf", "helmet", "blender", "tent", "mattress"];

function pick<T>(items: T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A made-up product name: a brand-like word (from syllables) and a product noun. */
function productName(random: () => number): string {
  const brand = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES, random)).join("");
  return `${brand} ${pick(NOUNS, random)}`;
}

/**
 * Synthetic shop knowledge: FAQs about made-up products (topic × product), with alternates and
 * answers of realistic length, and one article in twenty.
 */
export function syntheticKnowledge(size: number, random: () => number): KnowledgeEntry[] {
  return Array.from({ length: size }, (_, i): KnowledgeEntry => {
    const product = productName(random);
    const topic = pick(TOPICS, random);
    const fill = (template: string) => template.replace("{t}", topic).replace("{p}", product);
    if (i % 20 === 19) {
      const body = `Guide for the ${product}.\n## ${topic}\nTo ${topic} the ${product}, open your account, choose the order and follow the steps. It takes about ${1 + (i % 9)} days.\n## Help\nContact us if the ${product} has a problem.`;
      return { id: `article-${i}`, kind: "article", lang: "en", title: `${product} guide`, body, url: null };
    }
    return {
      id: `faq-${i}`,
      kind: "faq",
      lang: i % 7 === 0 ? "es" : "en",
      question: fill(pick(QUESTIONS, random)),
      alternates: [fill("{t} {p}"), fill(pick(QUESTIONS, random)), `${product} ${topic} policy`],
      answer: `You can ${topic} the ${product} within ${10 + (i % 50)} days from your account page. Keep the receipt and the original box; shipping labels are free for members and cost $5 otherwise.`,
      url: null,
    };
  });
}

/** Shopper questions in the same vocabulary (some unanswerable), to time decisions. */
export function syntheticQuestions(count: number, random: () => number): string[] {
  return Array.from({ length: count }, (_, i) => {
    if (i % 5 === 4) return "what's the weather like tomorrow in the city";
    return `hi, ${pick(QUESTIONS, random).replace("{t}", pick(TOPICS, random)).replace("{p}", productName(random))}`.toLowerCase();
  });
}
