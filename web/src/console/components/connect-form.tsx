import { useEffect, useRef, useState } from "preact/hooks";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { type HelpdeskKind, type Integration, serviceName } from "../lib/types";
import { useAction } from "../lib/use-action";
import { TextField } from "./field";
import { ErrorNotice } from "./notice";

interface Props {
  kind: HelpdeskKind;
  onConnected(integration: Integration): void;
  onCancel?: () => void;
  /** Move focus into the form when it appears (the admin was sent here by a refused save). */
  autoFocus?: boolean;
}

/**
 * Zendesk or Gorgias credentials. The server verifies them against the service before storing anything,
 * and answers 422 with the reason when they do not work; that message is shown as is.
 */
export function ConnectForm({ kind, onConnected, onCancel, autoFocus }: Props) {
  const { t } = useI18n();
  const s = t.integrations;
  const action = useAction();
  const [account, setAccount] = useState("");
  const [email, setEmail] = useState("");
  const [secret, setSecret] = useState("");
  const first = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) first.current?.querySelector("input")?.focus();
  }, [autoFocus, kind]);

  const submit = (event: Event) => {
    event.preventDefault();
    void action.run(async () => {
      const body =
        kind === "zendesk"
          ? { subdomain: account.trim(), email: email.trim(), apiToken: secret.trim() }
          : { domain: account.trim(), email: email.trim(), apiKey: secret.trim() };
      onConnected(await api<Integration>("PUT", `/admin/integrations/${kind}`, body));
      setSecret("");
    });
  };
  const name = serviceName[kind];
  return (
    <form class="connect-form stack" onSubmit={submit} aria-label={s.connect(name)}>
      <h3>{s.connect(name)}</h3>
      <ErrorNotice error={action.error} />
      <div ref={first}>
        <TextField
          label={kind === "zendesk" ? s.zendesk.subdomain : s.gorgias.domain}
          hint={kind === "zendesk" ? s.zendesk.subdomainHint : s.gorgias.domainHint}
          name="account"
          required
          autoComplete="off"
          value={account}
          onInput={(e) => setAccount(e.currentTarget.value)}
        />
      </div>
      <TextField
        label={kind === "zendesk" ? s.zendesk.email : s.gorgias.email}
        type="email"
        name="email"
        required
        autoComplete="off"
        value={email}
        onInput={(e) => setEmail(e.currentTarget.value)}
      />
      <TextField
        label={kind === "zendesk" ? s.zendesk.token : s.gorgias.key}
        type="password"
        name="secret"
        required
        autoComplete="new-password"
        value={secret}
        onInput={(e) => setSecret(e.currentTarget.value)}
      />
      <div class="row">
        <button class="primary" type="submit" disabled={action.busy}>
          {action.busy ? s.verifying : s.verify}
        </button>
        {onCancel ? (
          <button type="button" class="ghost" onClick={onCancel}>
            {t.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
