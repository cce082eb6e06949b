import { useState } from "preact/hooks";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { type Integration, serviceName } from "../lib/types";
import { useAction } from "../lib/use-action";
import { ConnectForm } from "./connect-form";
import { ErrorNotice } from "./notice";

/** One helpdesk: its status, last error and since when; connect, verify again with new credentials, disconnect. */
export function IntegrationCard({ integration, onChange }: { integration: Integration; onChange(): void }) {
  const { t, dateTime } = useI18n();
  const s = t.integrations;
  const name = serviceName[integration.kind];
  const [editing, setEditing] = useState(false);
  const disconnect = useAction();
  const remove = () => {
    if (!window.confirm(s.confirmDisconnect(name))) return;
    void disconnect.run(async () => {
      await api("DELETE", `/admin/integrations/${integration.kind}`);
      onChange();
    });
  };
  return (
    <section class="card stack" aria-labelledby={`int-${integration.kind}`}>
      <div class="row spread">
        <h2 id={`int-${integration.kind}`}>{name}</h2>
        <span class={`badge ${integration.connected ? "ok" : "off"}`}>
          {integration.connected ? s.connected : s.notConnected}
        </span>
      </div>
      {integration.connected ? (
        <dl class="facts">
          {integration.accountLabel ? (
            <>
              <dt>{s.account}</dt>
              <dd>{integration.accountLabel}</dd>
            </>
          ) : null}
          {integration.verifiedAt ? (
            <>
              <dt>{s.connected}</dt>
              <dd>{s.verifiedAt(dateTime(integration.verifiedAt))}</dd>
            </>
          ) : null}
          {integration.lastError ? (
            <>
              <dt>{s.lastError(integration.lastErrorAt ? dateTime(integration.lastErrorAt) : "")}</dt>
              <dd class="error-text">{integration.lastError}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <ErrorNotice error={disconnect.error} />
      {editing || !integration.connected ? (
        <>
          {integration.connected ? <p class="hint">{s.secretsNote}</p> : null}
          <ConnectForm
            kind={integration.kind}
            autoFocus={editing}
            onConnected={() => {
              setEditing(false);
              onChange();
            }}
            {...(integration.connected ? { onCancel: () => setEditing(false) } : {})}
          />
        </>
      ) : (
        <div class="row">
          <button type="button" onClick={() => setEditing(true)}>
            {s.reconnect}
          </button>
          <button type="button" class="danger" onClick={remove} disabled={disconnect.busy}>
            {s.disconnect}
          </button>
        </div>
      )}
    </section>
  );
}
