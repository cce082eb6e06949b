import type { Slot } from "../language/analyze.js";
import { normalize } from "../language/normalize.js";

// Capitalised words that do not start a sentence, and any word after a title ("Mr. smith").
const CAPITALISED = /(?<![.!?¿¡]\s*|^\s*)\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+/g;
const AFTER_TITLE = /\b(?:mr|mrs|ms|miss|dr|sr|sra|srta)\.?\s+([a-záéíóúñ]+)/gi;
// A name right after a preposition of place is a destination: "ship to Toronto", "envíos a Canarias".
const AFTER_PLACE_PREPOSITION = /\b(?:to|from|in|into|a|al|en|hacia|desde|para)\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)/g;

/**
 * Marks slots that are names of people ("invoice from Mr. Smith", "the bill from Anna Freeman"):
 * an unknown person's name says little about the topic, so retrieval weighs it less. Names of
 * places are not marked: a destination the knowledge never mentions ("¿envíos a Canarias?") is
 * exactly what it does not cover.
 */
export function markProperNouns(text: string, slots: Slot[]): Slot[] {
  const names = new Set<string>();
  for (const match of text.matchAll(CAPITALISED)) names.add(normalize(match[0]));
  for (const match of text.matchAll(AFTER_TITLE)) names.add(normalize(match[1] ?? ""));
  for (const match of text.matchAll(AFTER_PLACE_PREPOSITION)) names.delete(normalize(match[1] ?? ""));
  if (names.size === 0) return slots;
  return slots.map((slot) => (names.has(slot.token) ? { ...slot, proper: true } : slot));
}
