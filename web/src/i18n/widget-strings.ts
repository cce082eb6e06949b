import type { WidgetLanguage } from "./languages";
import { type WidgetStrings, widgetEn } from "./widget-en";
import { widgetEs } from "./widget-es";

export type { WidgetStrings };

/** The chat iframe's words in the shopper's language. */
export function widgetStrings(lang: WidgetLanguage): WidgetStrings {
  return lang === "es" ? widgetEs : widgetEn;
}
