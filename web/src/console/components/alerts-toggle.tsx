import { useState } from "preact/hooks";
import { askNotificationPermission, beep, notificationPermission } from "../lib/attention";
import { useI18n } from "../lib/i18n";
import { useLive } from "../lib/inbox-live";

/**
 * Turns on the sound and notification for new queued conversations. Asking for notification permission
 * and starting audio both need a click (browsers refuse them otherwise), hence a button, not a default.
 */
export function AlertsToggle() {
  const { t } = useI18n();
  const live = useLive();
  const [permission, setPermission] = useState(notificationPermission);
  const toggle = async () => {
    if (live.alertsOn) return live.setAlertsOn(false);
    if (permission === "default") setPermission(await askNotificationPermission());
    beep(); // the click unlocks audio, and the agent hears what the alert sounds like
    live.setAlertsOn(true);
  };
  return (
    <div class="alerts-toggle">
      <button type="button" aria-pressed={live.alertsOn} onClick={() => void toggle()}>
        {live.alertsOn ? t.inbox.alertsOn : t.inbox.alertsOff}
      </button>
      {live.alertsOn && permission === "denied" ? <p class="hint">{t.inbox.alertsBlocked}</p> : null}
    </div>
  );
}
