import type { DeepPartial } from "ai";
import type { ModelAnswer } from "./answer-schema.js";

export interface DraftFeedOptions {
  /** Receives the whole answer so far; "" withdraws what was sent. */
  onDraft: (text: string) => void;
  /** The least time between two drafts: each one is a socket frame (and a NOTIFY across processes). */
  intervalMs: number;
  /** The same text checks the final answer gets; a draft that fails ends the feed. */
  acceptable: (text: string) => boolean;
  now?: () => number;
}

/**
 * Turns the model's partial answer objects into drafts for the shopper: only once the model has said the
 * question is answerable, only whole words (a half-streamed "3" of "30 days" is not a number the
 * knowledge lacks), only when the text grew, at most every `intervalMs`. A draft that fails the checks is
 * withdrawn and nothing more is sent: the final answer will be rejected for the same reason.
 *
 * @example
 * const feed = createDraftFeed({ onDraft: send, intervalMs: 75, acceptable: () => true });
 * feed.offer({ answerable: true, answer: "Yes, we ship to Can" }); // send("Yes, we ship to")
 */
export function createDraftFeed(options: DraftFeedOptions): { offer(partial: DeepPartial<ModelAnswer> | undefined): void } {
  const now = options.now ?? Date.now;
  let sent = "";
  let sentAt = Number.NEGATIVE_INFINITY;
  let stopped = false;
  return {
    offer(partial) {
      if (stopped || partial?.answerable !== true || typeof partial.answer !== "string") return;
      const text = wholeWords(partial.answer);
      if (text.length <= sent.length || now() - sentAt < options.intervalMs) return;
      if (!options.acceptable(text)) {
        stopped = true;
        if (sent) options.onDraft("");
        return;
      }
      sent = text;
      sentAt = now();
      options.onDraft(text);
    },
  };
}

/** The text up to its last whole word: the streamed tail may be half a word or half a number. */
function wholeWords(text: string): string {
  const trimmed = text.trimStart();
  const end = trimmed.search(/\s+\S*$/);
  return end === -1 ? "" : trimmed.slice(0, end);
}
