import type { Slot } from "../language/analyze.js";
import { normalize } from "../language/normalize.js";

// Capitalised words that do not start a sentence, and any word after a title ("Mr. smith").
const CAPITALISED = /(?<![.!?¿¡]\s*|^\s*)\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+/g;
const AFTER_TITLE = /\b(?:mr|mrs|ms|miss|dr|sr|sra|srta)\.?\s+([a-záéíóúñ]+)/gi;

/**
 * Marks slots that are names of people or places ("invoice from Mr. Smith", "ship to Toronto").
 * An unknown name says little about the topic, unlike an unknown common word, so retrieval
 * weighs it less.
 */
export function markProperNouns(text: string, slots: Slot[]): Slot[] {
  const names = new Set<string>();
  for (const match of text.matchAll(CAPITALISED)) names.add(normalize(match[0]));
  for (const match of text.matchAll(AFTER_TITLE)) names.add(normalize(match[1] ?? ""));
  if (names.size === 0) return slots;
  return slots.map((slot) => (names.has(slot.token) ? { ...slot, proper: true } : slot));
}
