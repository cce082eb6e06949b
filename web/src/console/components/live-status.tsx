import { useI18n } from "../lib/i18n";
import { useLive } from "../lib/inbox-live";

/** A dot and a word for the live connection; announced politely when it changes. */
export function LiveStatus() {
  const { t } = useI18n();
  const { connection } = useLive();
  const label = connection === "denied" ? t.live.reconnecting : t.live[connection];
  return (
    <span class={`live ${connection}`} role="status">
      <span class="dot" aria-hidden="true" />
      {label}
    </span>
  );
}
