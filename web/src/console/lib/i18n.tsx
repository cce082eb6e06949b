import { createContext, type ComponentChildren } from "preact";
import { useContext, useMemo, useState } from "preact/hooks";
import { type ConsoleLanguage, type ConsoleStrings, consoleStrings } from "../../i18n/console";
import { pickLanguage } from "../../i18n/languages";

const storageKey = "relevo:console:lang";

interface I18n {
  lang: ConsoleLanguage;
  t: ConsoleStrings;
  setLang(lang: ConsoleLanguage): void;
  /** A date and time in the console's language, e.g. "25 Nov 2026, 09:14". */
  dateTime(iso: string): string;
  date(iso: string): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): ConsoleLanguage {
  // A choice made with the toggle wins; otherwise the browser's language.
  const stored = (() => {
    try {
      return localStorage.getItem(storageKey);
    } catch {
      return null;
    }
  })();
  return pickLanguage([stored, ...navigator.languages, navigator.language]);
}

export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [lang, setLangState] = useState<ConsoleLanguage>(initialLanguage);
  const value = useMemo<I18n>(() => {
    document.documentElement.lang = lang;
    const dt = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" });
    const d = new Intl.DateTimeFormat(lang, { dateStyle: "medium" });
    return {
      lang,
      t: consoleStrings(lang),
      setLang(next) {
        try {
          localStorage.setItem(storageKey, next);
        } catch {
          // Private mode: the choice lasts for this page only.
        }
        setLangState(next);
      },
      dateTime: (iso) => dt.format(new Date(iso)),
      date: (iso) => d.format(new Date(iso)),
      number: (value, options) => new Intl.NumberFormat(lang, options).format(value),
    };
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
