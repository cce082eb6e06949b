import snowball from "snowball-stemmers";
import type { ShopLang } from "./detect-language.js";

// Snowball (Porter's family) is the standard stemmer for both languages; one instance each.
const stemmers = {
  en: snowball.newStemmer("english"),
  es: snowball.newStemmer("spanish"),
};
const cache = new Map<string, string>();

/**
 * Stems a normalised token with the Snowball stemmer of the language. Cached: the same few
 * thousand shop words recur in every message.
 *
 * @example
 * stem("shipping", "en") // "ship"
 */
export function stem(token: string, lang: ShopLang): string {
  const key = `${lang}:${token}`;
  let stemmed = cache.get(key);
  if (stemmed === undefined) {
    stemmed = stemmers[lang].stem(token);
    if (cache.size > 200_000) cache.clear();
    cache.set(key, stemmed);
  }
  return stemmed;
}
