import { useEffect, useState } from "preact/hooks";
import { AgentVoiceForm } from "../components/agent-voice-form";
import { TextArea, TextField } from "../components/field";
import { ErrorNotice, Loading, Notice } from "../components/notice";
import { PageTitle } from "../components/page-title";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import type { StoreSettings } from "../lib/types";
import { useAction } from "../lib/use-action";
import { useResource } from "../lib/use-resource";

/** Keep the secret, make a new one (shown once), or turn signed identities off (identitySecret: null). */
type IdentityChoice = "keep" | "generate" | "off";

/** 48 random bytes as base64url (64 characters): well past the server's 32-character minimum for HS256. */
function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(48));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

/** Settings → Store: name, time zone, allowed widget origins, the identity secret, the AI agent's voice, and the snippet to paste. */
export function StorePage() {
  const { t } = useI18n();
  const s = t.store;
  const settings = useResource(() => api<StoreSettings>("GET", "/admin/settings"), "store");
  const [name, setName] = useState("");
  const [zone, setZone] = useState("");
  const [origins, setOrigins] = useState("");
  const [identity, setIdentity] = useState<IdentityChoice>("keep");
  const [secret, setSecret] = useState<string | null>(null);
  const save = useAction();
  useEffect(() => {
    const d = settings.data;
    if (!d) return;
    setName(d.storeName);
    setZone(d.timezone);
    setOrigins(d.allowedOrigins.join("\n"));
  }, [settings.data]);

  if (!settings.data)
    return (
      <>
        <PageTitle intro={s.intro}>{s.title}</PageTitle>
        <ErrorNotice error={settings.error} />
        <Loading label={t.loading} />
      </>
    );
  const submit = (event: Event) => {
    event.preventDefault();
    const fresh = identity === "generate" ? newSecret() : null;
    const identitySecret = fresh ? { identitySecret: fresh } : identity === "off" ? { identitySecret: null } : {};
    void save.run(async () => {
      const allowedOrigins = origins
        .split(/\s+/)
        .map((o) => o.trim())
        .filter(Boolean);
      settings.set(
        await api<StoreSettings>("PUT", "/admin/settings/store", {
          storeName: name,
          timezone: zone,
          allowedOrigins,
          ...identitySecret,
        }),
      );
      setSecret(fresh);
      setIdentity("keep");
      return s.saved;
    });
  };
  const snippet = `<script src="${new URL("../widget.js", location.href).href}" data-store="default" async></script>`;
  const choice = (value: IdentityChoice, label: string) => (
    <label class="option" key={value}>
      <input
        type="radio"
        name="identity"
        value={value}
        checked={identity === value}
        onChange={() => setIdentity(value)}
      />
      <span>{label}</span>
    </label>
  );
  return (
    <>
      <PageTitle intro={s.intro}>{s.title}</PageTitle>
      <form class="card stack" onSubmit={submit}>
        <div class="grid-2">
          <TextField
            label={s.name}
            required
            maxLength={120}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <TextField
            label={s.timezone}
            hint={s.timezoneHint}
            required
            value={zone}
            onInput={(e) => setZone(e.currentTarget.value)}
          />
        </div>
        <TextArea
          label={s.origins}
          hint={s.originsHint}
          rows={3}
          value={origins}
          onInput={(e) => setOrigins(e.currentTarget.value)}
        />
        <fieldset class="choice">
          <legend>{s.identity}</legend>
          <p class="hint">{settings.data.identityEnabled ? s.identityOn : s.identityOff}</p>
          {choice("keep", s.keep)}
          {choice("generate", s.generate)}
          {settings.data.identityEnabled ? choice("off", s.turnOff) : null}
        </fieldset>
        {secret ? (
          <Notice kind="info">
            <p>{s.newSecret}</p>
            <code class="secret">{secret}</code>
          </Notice>
        ) : null}
        {save.done ? <Notice kind="ok">{save.done}</Notice> : null}
        <ErrorNotice error={save.error} />
        <div class="row">
          <button class="primary" type="submit" disabled={save.busy}>
            {save.busy ? t.saving : t.save}
          </button>
        </div>
      </form>
      <AgentVoiceForm settings={settings.data} onSaved={settings.set} />
      <section class="card stack" aria-labelledby="snippet-title">
        <h2 id="snippet-title">{s.snippet}</h2>
        <p class="hint">{s.snippetHint}</p>
        <pre class="snippet">
          <code>{snippet}</code>
        </pre>
      </section>
    </>
  );
}
