import { consoleLanguages } from "../../i18n/console";
import { useI18n } from "../lib/i18n";

/** EN | ES buttons; aria-pressed says which is on. */
export function LanguageToggle() {
  const { lang, setLang, t } = useI18n();
  return (
    <div class="lang-toggle" role="group" aria-label={t.language}>
      {consoleLanguages.map((l) => (
        <button key={l.code} type="button" lang={l.code} aria-pressed={lang === l.code} title={l.name} onClick={() => setLang(l.code)}>
          {l.code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
