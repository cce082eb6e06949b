import type { WidgetStrings } from "../../../i18n/widget-strings";

/** A ticketed conversation is over in the chat (the team answers by email); the shopper may start again. */
export function EndedPanel({ strings, busy, onStartNew }: { strings: WidgetStrings; busy: boolean; onStartNew(): void }) {
  return (
    <div class="ended">
      <p>{strings.ended}</p>
      <button type="button" class="primary" disabled={busy} onClick={onStartNew}>
        {strings.startNew}
      </button>
    </div>
  );
}
