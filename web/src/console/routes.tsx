import { useEffect } from "preact/hooks";
import { Notice } from "./components/notice";
import { PageTitle } from "./components/page-title";
import { useI18n } from "./lib/i18n";
import { navigate, parsePath } from "./lib/router";
import type { ConsoleUser } from "./lib/session";
import { ApiKeysPage } from "./pages/api-keys-page";
import { DashboardPage } from "./pages/dashboard-page";
import { GapsPage } from "./pages/gaps-page";
import { HandoffPage } from "./pages/handoff-page";
import { InboxPage } from "./pages/inbox-page";
import { IntegrationsPage } from "./pages/integrations-page";
import { KnowledgePage } from "./pages/knowledge-page";
import { OfficeHoursPage } from "./pages/office-hours-page";
import { StorePage } from "./pages/store-page";
import { UsersPage } from "./pages/users-page";

/** The hash routes. Admin pages are hidden from agents here; the server refuses their API calls (403) anyway. */
export function RoutedPage({ path, user }: { path: string; user: ConsoleUser }) {
  const { t } = useI18n();
  const { segments, query } = parsePath(path);
  const [first, second] = segments;
  useEffect(() => {
    if (!first) navigate("/inbox");
  }, [first]);
  if (!first) return null;
  if (first === "inbox") return <InboxPage key="inbox" conversationId={second ?? null} />;
  const adminPages: Record<string, () => preact.JSX.Element> = {
    dashboard: () => <DashboardPage />,
    gaps: () => <GapsPage />,
    knowledge: () => <KnowledgePage key={query.toString()} prefill={query} />,
    "settings/handoff": () => <HandoffPage />,
    "settings/integrations": () => <IntegrationsPage />,
    "settings/office-hours": () => <OfficeHoursPage />,
    "settings/users": () => <UsersPage />,
    "settings/store": () => <StorePage />,
    "settings/api-keys": () => <ApiKeysPage />,
  };
  const page = adminPages[second && first === "settings" ? `${first}/${second}` : first];
  if (page && user.role !== "admin")
    return (
      <>
        <PageTitle>{t.errorTitle}</PageTitle>
        <Notice kind="error">{t.forbidden}</Notice>
      </>
    );
  if (page) return page();
  return (
    <>
      <PageTitle>{t.errorTitle}</PageTitle>
      <Notice kind="error">{t.notFound}</Notice>
    </>
  );
}
