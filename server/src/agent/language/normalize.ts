/**
 * Text normalisation shared by every analyser: lowercase, accents folded, punctuation removed.
 *
 * @example
 * normalize("¿Cuándo llega mi PEDIDO?") // "cuando llega mi pedido"
 */
export function normalize(text: string): string {
  return (
    text
      .normalize("NFD")
      // Combining marks (accents, tilde) go, so "devolución" and "devolucion" meet.
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      // "don't" → "dont": shoppers type both, and the apostrophe splits nothing useful.
      .replace(/['’`´]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim()
  );
}

/**
 * Splits normalised text into word tokens. Long digit runs (order numbers, phone numbers) are
 * dropped: they identify a case, not a topic.
 *
 * @example
 * tokenize("Where is order #123456789?") // ["where", "is", "order"]
 */
export function tokenize(text: string): string[] {
  const normalized = normalize(text);
  if (normalized === "") return [];
  return normalized.split(" ").filter((token) => !/^\d{4,}$/.test(token));
}
