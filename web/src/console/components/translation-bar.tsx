import { useI18n } from "../lib/i18n";
import type { Translation } from "../lib/use-translation";
import { ErrorNotice } from "./notice";

/**
 * "Translate to English" above the transcript when the shopper wrote in another language than the
 * console's, and once translated, "Show original" one click away. Shown only when the server has a
 * language model (the view's translationAvailable).
 */
export function TranslationBar({ translation }: { translation: Translation }) {
  const { t } = useI18n();
  const s = t.inbox.translation;
  return (
    <div class="translation-bar stack">
      <div class="row">
        {translation.shown ? (
          <>
            <span class="muted small" role="status">
              {translation.busy ? s.translating : s.translated}
            </span>
            <button type="button" class="ghost" onClick={translation.showOriginal}>
              {s.showOriginal}
            </button>
          </>
        ) : (
          <button type="button" onClick={translation.show} disabled={translation.busy}>
            {s.translate}
          </button>
        )}
      </div>
      <ErrorNotice error={translation.error} />
    </div>
  );
}
