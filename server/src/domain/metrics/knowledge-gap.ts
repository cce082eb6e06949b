/** A shopper question the AI could not answer, as grouped for the knowledge gaps page. */
export interface GapQuestion {
  text: string;
  lang: string;
  askedAt: Date;
}

/** Questions that ask the same thing in other words: one missing piece of knowledge. */
export interface QuestionGroup {
  /** Stable while the group's representative question stays the same (a hash of its language and text). */
  id: string;
  lang: string;
  /** How many times a question of this group was asked. */
  count: number;
  /** The most representative phrasing: the FAQ question to pre-fill. */
  question: string;
  /** The other distinct phrasings, most asked first: the FAQ alternates to pre-fill. */
  alternates: string[];
  /** A few of the latest questions as asked, most recent first. */
  examples: Array<{ text: string; askedAt: Date }>;
  firstSeen: Date;
  lastSeen: Date;
}

/** Groups questions by meaning; agent/gaps implements it with the answerer's language analysis. */
export type QuestionGrouper = (questions: readonly GapQuestion[]) => QuestionGroup[];
