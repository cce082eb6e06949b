import type { WidgetLanguage } from "../languages";
import { enCommon } from "./en-common";
import { enInbox } from "./en-inbox";
import { enKnowledge } from "./en-knowledge";
import { enSettings } from "./en-settings";
import { esCommon } from "./es-common";
import { esInbox } from "./es-inbox";
import { esKnowledge } from "./es-knowledge";
import { esSettings } from "./es-settings";

/** The console's words, one section per area so each file stays small. English defines the shape. */
const en = { ...enCommon, ...enSettings, knowledge: enKnowledge, inbox: enInbox };
export type ConsoleStrings = typeof en;

const es: ConsoleStrings = { ...esCommon, ...esSettings, knowledge: esKnowledge, inbox: esInbox };

export type ConsoleLanguage = WidgetLanguage;
export const consoleLanguages: ReadonlyArray<{ code: ConsoleLanguage; name: string }> = [
  { code: "en", name: "English" },
  { code: "es", name: "Español" },
];

export function consoleStrings(lang: ConsoleLanguage): ConsoleStrings {
  return lang === "es" ? es : en;
}
