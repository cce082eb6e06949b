import type { WidgetLanguage } from "../languages";
import { enCommon } from "./en-common";
import { enInbox } from "./en-inbox";
import { enInsights } from "./en-insights";
import { enKnowledge } from "./en-knowledge";
import { enSettings } from "./en-settings";
import { enStore } from "./en-store";
import { enTeam } from "./en-team";
import { esCommon } from "./es-common";
import { esInbox } from "./es-inbox";
import { esInsights } from "./es-insights";
import { esKnowledge } from "./es-knowledge";
import { esSettings } from "./es-settings";
import { esStore } from "./es-store";
import { esTeam } from "./es-team";

/** The console's words, one section per area so each file stays small. English defines the shape. */
const en = {
  ...enCommon,
  ...enSettings,
  knowledge: enKnowledge,
  inbox: enInbox,
  ...enInsights,
  ...enTeam,
  ...enStore,
};
export type ConsoleStrings = typeof en;

const es: ConsoleStrings = {
  ...esCommon,
  ...esSettings,
  knowledge: esKnowledge,
  inbox: esInbox,
  ...esInsights,
  ...esTeam,
  ...esStore,
};

export type ConsoleLanguage = WidgetLanguage;
export const consoleLanguages: ReadonlyArray<{ code: ConsoleLanguage; name: string }> = [
  { code: "en", name: "English" },
  { code: "es", name: "Español" },
];

export function consoleStrings(lang: ConsoleLanguage): ConsoleStrings {
  return lang === "es" ? es : en;
}
