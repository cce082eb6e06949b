import { useState } from "preact/hooks";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { useAction } from "../lib/use-action";
import { SelectField, TextField } from "./field";
import { ErrorNotice, Notice } from "./notice";

/** Add an admin or agent with a first password (the server requires ≥ 10 characters). */
export function AddUserForm({ onAdded }: { onAdded(): void }) {
  const { t } = useI18n();
  const u = t.users;
  const blank = { name: "", email: "", role: "agent", locale: "en", password: "" };
  const [form, setForm] = useState(blank);
  const action = useAction();
  const submit = (event: Event) => {
    event.preventDefault();
    void action.run(async () => {
      await api("POST", "/admin/users", {
        ...form,
        role: form.role === "admin" ? "admin" : "agent",
        locale: form.locale === "es" ? "es" : "en",
      });
      setForm(blank);
      onAdded();
      return u.created(form.name);
    });
  };
  const set = (patch: Partial<typeof blank>) => setForm((f) => ({ ...f, ...patch }));
  return (
    <form class="card stack" onSubmit={submit} aria-labelledby="add-user-title">
      <h2 id="add-user-title">{u.add}</h2>
      <div class="grid-2">
        <TextField
          label={u.name}
          required
          maxLength={120}
          value={form.name}
          onInput={(e) => set({ name: e.currentTarget.value })}
        />
        <TextField
          label={u.email}
          type="email"
          required
          autoComplete="off"
          value={form.email}
          onInput={(e) => set({ email: e.currentTarget.value })}
        />
        <SelectField
          label={u.role}
          value={form.role}
          onChange={(e) => set({ role: e.currentTarget.value })}
          options={[
            { value: "agent", label: t.roles.agent },
            { value: "admin", label: t.roles.admin },
          ]}
        />
        <SelectField
          label={u.language}
          value={form.locale}
          onChange={(e) => set({ locale: e.currentTarget.value })}
          options={[
            { value: "en", label: "English" },
            { value: "es", label: "Español" },
          ]}
        />
        <TextField
          label={u.password}
          hint={u.passwordHint}
          type="password"
          required
          minLength={10}
          autoComplete="new-password"
          value={form.password}
          onInput={(e) => set({ password: e.currentTarget.value })}
        />
      </div>
      <button class="primary" type="submit" disabled={action.busy}>
        {action.busy ? t.saving : u.create}
      </button>
      {action.done ? <Notice kind="ok">{action.done}</Notice> : null}
      <ErrorNotice error={action.error} />
    </form>
  );
}
