import { useState } from "preact/hooks";
import { TextField } from "../components/field";
import { LanguageToggle } from "../components/language-toggle";
import { ErrorNotice, Notice } from "../components/notice";
import { PageTitle } from "../components/page-title";
import { useI18n } from "../lib/i18n";
import { useSession } from "../lib/session";
import { useAction } from "../lib/use-action";

export function LoginPage({ ended }: { ended: boolean }) {
  const { t } = useI18n();
  const session = useSession();
  const action = useAction();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const submit = (event: Event) => {
    event.preventDefault();
    void action.run(() => session.logIn(email.trim(), password));
  };
  return (
    <main id="main" class="login">
      <div class="login-card">
        <div class="login-top">
          <span class="brand" aria-hidden="true">
            Relevo
          </span>
          <LanguageToggle />
        </div>
        <PageTitle>{t.login.title}</PageTitle>
        {ended && !action.error ? <Notice kind="info">{t.login.sessionEnded}</Notice> : null}
        <ErrorNotice error={action.error} />
        <form onSubmit={submit} class="stack">
          <TextField
            label={t.login.email}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
          <TextField
            label={t.login.password}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
          <button class="primary" type="submit" disabled={action.busy}>
            {action.busy ? t.login.submitting : t.login.submit}
          </button>
        </form>
      </div>
    </main>
  );
}
