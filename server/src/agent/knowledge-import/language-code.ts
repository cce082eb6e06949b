/**
 * Reduces a language tag to the ISO 639-1 code the knowledge uses: "es-MX" → "es", "EN" → "en".
 * Anything else is returned unchanged so validation explains what is wrong with it.
 */
export function languageCode(tag: string): string {
  const match = /^([a-z]{2})(?:[-_][a-z0-9-]*)?$/i.exec(tag.trim());
  return match?.[1] === undefined ? tag : match[1].toLowerCase();
}
