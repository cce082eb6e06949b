import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import type { AdminAlert } from "../lib/types";
import { useAction } from "../lib/use-action";
import { useResource } from "../lib/use-resource";
import { ErrorNotice, Loading } from "./notice";

/** Open admin alerts (a handoff fell back to the Inbox, an email could not be sent…), each acknowledged once read. */
export function AlertsSection({ refreshKey }: { refreshKey: number }) {
  const { t, dateTime } = useI18n();
  const list = useResource(
    () => api<{ alerts: AdminAlert[] }>("GET", "/admin/alerts"),
    `alerts-${refreshKey}`,
  );
  const ack = useAction();
  const acknowledge = (id: string) =>
    void ack.run(async () => {
      await api("POST", `/admin/alerts/${encodeURIComponent(id)}/acknowledge`);
      await list.reload();
    });
  const alerts = list.data?.alerts ?? [];
  return (
    <section class="card stack" aria-labelledby="alerts-title">
      <h2 id="alerts-title">{t.alerts.title}</h2>
      <ErrorNotice error={list.error ?? ack.error} />
      {!list.data && list.loading ? <Loading label={t.loading} /> : null}
      {list.data && alerts.length === 0 ? <p class="muted">{t.alerts.empty}</p> : null}
      <ul class="plain-list">
        {alerts.map((a) => (
          <li key={a.id} class="alert-item">
            <div>
              <p>{a.message}</p>
              <p class="muted small">
                {dateTime(a.createdAt)} · {a.kind}
              </p>
            </div>
            <button type="button" onClick={() => acknowledge(a.id)} disabled={ack.busy}>
              {t.alerts.acknowledge}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
