import { consoleLanguages } from "../../i18n/console";
import { useI18n } from "../lib/i18n";

/** EN | ES buttons; aria-pressed says which is on. */
export function LanguageToggle() {
  const { lang, setLang, t } = useI18n();
  return (
    <fieldset class="lang-toggle">
      <legend class="visually-hidden">{t.language}</legend>
      {consoleLanguages.map((l) => (
        <button
          key={l.code}
          type="button"
          lang={l.code}
          aria-pressed={lang === l.code}
          title={l.name}
          onClick={() => setLang(l.code)}
        >
          {l.code.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
