import { Shell } from "./components/shell";
import { I18nProvider } from "./lib/i18n";
import { LiveProvider } from "./lib/inbox-live";
import { useHashPath } from "./lib/router";
import { SessionProvider, useSession } from "./lib/session";
import { LoginPage } from "./pages/login-page";
import { RoutedPage } from "./routes";

function Gate() {
  const { state } = useSession();
  const path = useHashPath();
  if (state.kind === "checking") return null;
  if (state.kind === "anonymous") return <LoginPage ended={state.ended} />;
  return (
    <LiveProvider key={state.user.id}>
      <Shell path={path}>
        <RoutedPage path={path} user={state.user} />
      </Shell>
    </LiveProvider>
  );
}

/** The console: language first (the login page is translated too), then the session, then the pages. */
export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Gate />
      </SessionProvider>
    </I18nProvider>
  );
}
