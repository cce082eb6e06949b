import { supportedLocales } from "./shopper-texts.js";

/** The language we speak to a shopper: their locale's language when we speak it, else English. */
export function pickLocale(requested: string | undefined): string {
  const lang = requested?.slice(0, 2).toLowerCase();
  return supportedLocales.find((l) => l === lang) ?? "en";
}
