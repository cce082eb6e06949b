import type { z } from "zod";
import type { adminUserSchema } from "@relevo/contracts";
import { useState } from "preact/hooks";
import { AddUserForm } from "../components/add-user-form";
import { TextField } from "../components/field";
import { ErrorNotice, Loading, Notice } from "../components/notice";
import { PageTitle } from "../components/page-title";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { useUser } from "../lib/session";
import { useAction } from "../lib/use-action";
import { useResource } from "../lib/use-resource";

type AdminUser = z.infer<typeof adminUserSchema>;

/** Users (admins): list, add, disable/enable, set a new password. */
export function UsersPage() {
  const { t } = useI18n();
  const u = t.users;
  const me = useUser();
  const list = useResource(() => api<{ users: AdminUser[] }>("GET", "/admin/users"), "users");
  const action = useAction();
  const [passwordFor, setPasswordFor] = useState<AdminUser | null>(null);
  const [password, setPassword] = useState("");

  const toggle = (user: AdminUser) => {
    if (!user.disabled && !window.confirm(u.confirmDisable(user.name))) return;
    void action.run(async () => {
      await api(
        "POST",
        `/admin/users/${encodeURIComponent(user.id)}/${user.disabled ? "enable" : "disable"}`,
      );
      await list.reload();
    });
  };
  const setNewPassword = (event: Event) => {
    event.preventDefault();
    const user = passwordFor;
    if (!user) return;
    void action.run(async () => {
      await api("POST", `/admin/users/${encodeURIComponent(user.id)}/password`, { password });
      setPasswordFor(null);
      setPassword("");
      return u.passwordSet(user.name);
    });
  };
  return (
    <>
      <PageTitle intro={u.intro}>{u.title}</PageTitle>
      <section class="card stack" aria-labelledby="users-title">
        <h2 id="users-title" class="visually-hidden">
          {u.title}
        </h2>
        <ErrorNotice error={list.error ?? action.error} />
        {action.done ? <Notice kind="ok">{action.done}</Notice> : null}
        {!list.data ? (
          <Loading label={t.loading} />
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{u.name}</th>
                  <th scope="col">{u.email}</th>
                  <th scope="col">{u.role}</th>
                  <th scope="col">{u.status}</th>
                  <th scope="col">{u.actions}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.users.map((user) => (
                  <tr key={user.id}>
                    <td>
                      {user.name}
                      {user.id === me.id ? <span class="muted"> ({u.you})</span> : null}
                    </td>
                    <td>{user.email}</td>
                    <td>{t.roles[user.role]}</td>
                    <td>
                      <span class={`badge ${user.disabled ? "off" : "ok"}`}>
                        {user.disabled ? u.disabled : u.active}
                      </span>
                    </td>
                    <td class="actions">
                      <button
                        type="button"
                        onClick={() => {
                          setPasswordFor(user);
                          setPassword("");
                        }}
                      >
                        {u.resetPassword}
                      </button>
                      {user.id === me.id ? null : (
                        <button
                          type="button"
                          class={user.disabled ? "" : "danger"}
                          onClick={() => toggle(user)}
                          disabled={action.busy}
                        >
                          {user.disabled ? u.enable : u.disable}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {passwordFor ? (
          <form class="row filters" onSubmit={setNewPassword}>
            <TextField
              label={u.newPassword(passwordFor.name)}
              hint={u.passwordHint}
              type="password"
              required
              minLength={10}
              autoComplete="new-password"
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
              autoFocus
            />
            <button class="primary" type="submit" disabled={action.busy}>
              {t.save}
            </button>
            <button type="button" class="ghost" onClick={() => setPasswordFor(null)}>
              {t.cancel}
            </button>
          </form>
        ) : null}
      </section>
      <AddUserForm onAdded={() => void list.reload()} />
    </>
  );
}
