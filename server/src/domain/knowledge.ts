/**
 * The store's knowledge as the agent sees it. Pure data: storage and importers map to these shapes.
 *
 * @example
 * const faq: FaqEntry = { id: "returns-window", kind: "faq", lang: "en",
 *   question: "How long do I have to return an item?", alternates: ["return period"],
 *   answer: "Within 30 days.", url: null };
 */
export type Lang = string;

export interface FaqEntry {
  id: string;
  kind: "faq";
  lang: Lang;
  question: string;
  alternates: string[];
  answer: string;
  url: string | null;
}

export interface ArticleEntry {
  id: string;
  kind: "article";
  lang: Lang;
  title: string;
  /** Markdown. The agent splits it into sections by heading for retrieval. */
  body: string;
  url: string | null;
}

export type KnowledgeEntry = FaqEntry | ArticleEntry;

/** What an AI answer cites: shown to the shopper as links and stored in the handoff packet. */
export interface Citation {
  knowledgeId: string;
  title: string;
  url?: string;
}
