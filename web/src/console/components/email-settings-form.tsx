import type { EmailSettingsBody } from "@relevo/contracts";
import { useEffect, useState } from "preact/hooks";
import { ApiError, api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { useAction } from "../lib/use-action";
import { useResource } from "../lib/use-resource";
import { TextField } from "./field";
import { ErrorNotice, Notice } from "./notice";

type EmailView = Omit<EmailSettingsBody, "password"> & { hasPassword: boolean };
const blank: EmailView = {
  host: "",
  port: 587,
  secure: false,
  user: null,
  from: "",
  fromName: null,
  hasPassword: false,
};

/** SMTP for replies to shoppers who left the chat; the password is write-only (empty keeps the stored one). */
export function EmailSettingsForm() {
  const { t } = useI18n();
  const e = t.email;
  // 404 means "not set up yet": an empty form, not an error.
  const loaded = useResource(
    () =>
      api<EmailView>("GET", "/admin/email-settings").catch((error) => {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }),
    "email-settings",
  );
  const [form, setForm] = useState<EmailView>(blank);
  const [password, setPassword] = useState("");
  const save = useAction();
  useEffect(() => {
    if (loaded.data) setForm(loaded.data);
  }, [loaded.data]);
  const set = (patch: Partial<EmailView>) => setForm((f) => ({ ...f, ...patch }));
  const submit = (event: Event) => {
    event.preventDefault();
    const { hasPassword: _shown, ...fields } = form;
    void save.run(async () => {
      loaded.set(
        await api<EmailView>("PUT", "/admin/email-settings", {
          ...fields,
          user: fields.user || null,
          fromName: fields.fromName || null,
          ...(password ? { password } : {}),
        }),
      );
      setPassword("");
      return e.saved;
    });
  };
  return (
    <form class="card stack" onSubmit={submit} aria-labelledby="email-title">
      <h2 id="email-title">{e.title}</h2>
      <p class="hint">{e.intro}</p>
      {!loaded.loading && loaded.data === null ? <Notice kind="info">{e.notSet}</Notice> : null}
      <ErrorNotice error={loaded.error} />
      <div class="grid-2">
        <TextField
          label={e.host}
          required
          value={form.host}
          onInput={(ev) => set({ host: ev.currentTarget.value })}
        />
        <TextField
          label={e.port}
          type="number"
          min={1}
          max={65535}
          required
          value={String(form.port)}
          onInput={(ev) => set({ port: Number(ev.currentTarget.value) || 587 })}
        />
        <TextField
          label={e.user}
          optionalLabel={t.optional}
          autoComplete="off"
          value={form.user ?? ""}
          onInput={(ev) => set({ user: ev.currentTarget.value })}
        />
        <TextField
          label={e.password}
          type="password"
          autoComplete="new-password"
          hint={form.hasPassword ? e.passwordKept : undefined}
          optionalLabel={t.optional}
          value={password}
          onInput={(ev) => setPassword(ev.currentTarget.value)}
        />
        <TextField
          label={e.from}
          type="email"
          required
          value={form.from}
          onInput={(ev) => set({ from: ev.currentTarget.value })}
        />
        <TextField
          label={e.fromName}
          optionalLabel={t.optional}
          value={form.fromName ?? ""}
          onInput={(ev) => set({ fromName: ev.currentTarget.value })}
        />
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={form.secure}
          onChange={(ev) => set({ secure: ev.currentTarget.checked })}
        />{" "}
        {e.secure}
      </label>
      {save.done ? <Notice kind="ok">{save.done}</Notice> : null}
      <ErrorNotice error={save.error} />
      <div class="row">
        <button class="primary" type="submit" disabled={save.busy}>
          {save.busy ? t.saving : t.save}
        </button>
      </div>
    </form>
  );
}
