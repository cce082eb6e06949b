/**
 * Translations already made, per target language, least recently used dropped first. In memory per
 * process: re-opening a conversation, or a new message in it, asks the model only for texts it has not
 * translated yet. Bounded by entries (each text is at most a chat message), so memory stays small.
 */
export interface TranslationCache {
  get(to: string, text: string): string | undefined;
  set(to: string, text: string, translation: string): void;
  readonly size: number;
}

export function createTranslationCache(maxEntries: number): TranslationCache {
  const entries = new Map<string, string>();
  const keyOf = (to: string, text: string) => `${to}\u0000${text}`;
  return {
    get(to, text) {
      const key = keyOf(to, text);
      const hit = entries.get(key);
      if (hit === undefined) return undefined;
      // A Map keeps insertion order: moving a hit to the end makes the first key the least recently used.
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    },
    set(to, text, translation) {
      const key = keyOf(to, text);
      entries.delete(key);
      entries.set(key, translation);
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    get size() {
      return entries.size;
    },
  };
}
