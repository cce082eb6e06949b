import { createHash } from "node:crypto";

/**
 * A stable id for an FAQ that arrived without one (CSV rows), so importing the same file twice
 * updates entries instead of duplicating them. Case and spacing changes keep the id.
 *
 * @example
 * stableFaqId("en", "How long do I have to return an item?"); // "faq-ccde2738f62a"
 */
export function stableFaqId(lang: string, question: string): string {
  const normalised = question.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
  const hash = createHash("sha256").update(`${lang}\n${normalised}`).digest("hex");
  return `faq-${hash.slice(0, 12)}`;
}
