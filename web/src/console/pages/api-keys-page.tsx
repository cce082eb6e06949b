import { useState } from "preact/hooks";
import { TextField } from "../components/field";
import { ErrorNotice, Loading, Notice } from "../components/notice";
import { PageTitle } from "../components/page-title";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { useAction } from "../lib/use-action";
import { useResource } from "../lib/use-resource";

interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Settings → API keys: create (the key is shown once), list, revoke. */
export function ApiKeysPage() {
  const { t, dateTime } = useI18n();
  const k = t.apiKeys;
  const list = useResource(() => api<{ apiKeys: ApiKey[] }>("GET", "/admin/api-keys"), "api-keys");
  const [name, setName] = useState("");
  const [created, setCreated] = useState<string | null>(null);
  const action = useAction();
  const create = (event: Event) => {
    event.preventDefault();
    void action.run(async () => {
      const result = await api<{ id: string; key: string }>("POST", "/admin/api-keys", { name: name.trim() });
      setCreated(result.key);
      setName("");
      await list.reload();
    });
  };
  const revoke = (key: ApiKey) => {
    if (!window.confirm(k.confirmRevoke(key.name))) return;
    void action.run(async () => {
      await api("DELETE", `/admin/api-keys/${encodeURIComponent(key.id)}`);
      await list.reload();
    });
  };
  const keys = list.data?.apiKeys ?? [];
  return (
    <>
      <PageTitle intro={k.intro}>{k.title}</PageTitle>
      <form class="card row filters" onSubmit={create}>
        <TextField
          label={k.name}
          required
          maxLength={100}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <button class="primary" type="submit" disabled={action.busy}>
          {k.create}
        </button>
      </form>
      {created ? (
        <Notice kind="info">
          <p>{k.created}</p>
          <code class="secret">{created}</code>
        </Notice>
      ) : null}
      <ErrorNotice error={list.error ?? action.error} />
      <section class="card" aria-label={k.title}>
        {!list.data ? (
          <Loading label={t.loading} />
        ) : keys.length === 0 ? (
          <p class="muted">{k.empty}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{k.name}</th>
                  <th scope="col">{k.prefix}</th>
                  <th scope="col">{k.createdAt}</th>
                  <th scope="col">{t.users.status}</th>
                  <th scope="col">{t.users.actions}</th>
                </tr>
              </thead>
              <tbody>
                {keys.map((key) => (
                  <tr key={key.id}>
                    <td>{key.name}</td>
                    <td>
                      <code>{key.prefix}…</code>
                    </td>
                    <td>{dateTime(key.createdAt)}</td>
                    <td>
                      {key.revokedAt ? (
                        `${k.revokedAt} ${dateTime(key.revokedAt)}`
                      ) : (
                        <span class="badge ok">{k.active}</span>
                      )}
                    </td>
                    <td>
                      {key.revokedAt ? null : (
                        <button
                          type="button"
                          class="danger"
                          onClick={() => revoke(key)}
                          disabled={action.busy}
                        >
                          {k.revoke}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
