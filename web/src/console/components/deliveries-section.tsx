import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import type { HandoffDelivery } from "../lib/types";
import { useAction } from "../lib/use-action";
import { useResource } from "../lib/use-resource";
import { ErrorNotice, Loading, Notice } from "./notice";

/** Handoffs still on their way to a helpdesk, or that fell back to the Inbox, with "retry now". */
export function DeliveriesSection({ refreshKey }: { refreshKey: number }) {
  const { t, dateTime } = useI18n();
  const d = t.deliveries;
  const list = useResource(
    () => api<{ handoffs: HandoffDelivery[] }>("GET", "/admin/handoffs?status=undelivered"),
    `deliveries-${refreshKey}`,
  );
  const retry = useAction();
  const retryOne = (id: string) =>
    void retry.run(async () => {
      await api("POST", `/admin/handoffs/${encodeURIComponent(id)}/retry`);
      await list.reload();
      return d.retried;
    });
  const rows = list.data?.handoffs ?? [];
  return (
    <section class="card stack" aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">{d.title}</h2>
      <p class="hint">{d.intro}</p>
      <ErrorNotice error={list.error ?? retry.error} />
      {retry.done ? <Notice kind="ok">{retry.done}</Notice> : null}
      {!list.data && list.loading ? <Loading label={t.loading} /> : null}
      {list.data && rows.length === 0 ? <p class="muted">{d.empty}</p> : null}
      {rows.length > 0 ? (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{d.created}</th>
                <th scope="col">{d.destination}</th>
                <th scope="col">{d.reason}</th>
                <th scope="col">{d.status}</th>
                <th scope="col">{d.attempts}</th>
                <th scope="col">{d.error}</th>
                <th scope="col">{d.actions}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((h) => (
                <tr key={h.id}>
                  <td>
                    <a href={`#/inbox/${h.conversationId}`}>{dateTime(h.createdAt)}</a>
                  </td>
                  <td>{h.destination}</td>
                  <td>{t.inbox.reasons[h.reason] ?? h.reason}</td>
                  <td>
                    <span class={`badge status-${h.deliveryStatus}`}>
                      {d.statuses[h.deliveryStatus] ?? h.deliveryStatus}
                    </span>
                  </td>
                  <td>{h.attempts}</td>
                  <td class="error-text">
                    {h.lastError ?? ""}
                    {h.lastErrorAt ? <span class="muted"> ({dateTime(h.lastErrorAt)})</span> : null}
                  </td>
                  <td>
                    {/* The server retries only waiting deliveries; one that fell back is already in the Inbox. */}
                    {h.deliveryStatus !== "pending" && h.deliveryStatus !== "retrying" ? null : (
                      <button type="button" onClick={() => retryOne(h.id)} disabled={retry.busy}>
                        {d.retry}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
