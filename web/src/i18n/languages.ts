/** The languages the shopper UI speaks; anything else falls back to English. */
export const widgetLanguages = ["en", "es"] as const;
export type WidgetLanguage = (typeof widgetLanguages)[number];

/**
 * The first supported language among the candidates ("es-MX" → "es"), else English.
 *
 * @example
 * pickLanguage([document.documentElement.lang, navigator.language]); // "es" on a Spanish page
 */
export function pickLanguage(candidates: ReadonlyArray<string | null | undefined>): WidgetLanguage {
  for (const candidate of candidates) {
    const base = candidate?.trim().slice(0, 2).toLowerCase();
    const match = widgetLanguages.find((lang) => lang === base);
    if (match) return match;
  }
  return "en";
}
