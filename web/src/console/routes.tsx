import { useEffect } from "preact/hooks";
import { Notice } from "./components/notice";
import { PageTitle } from "./components/page-title";
import { useI18n } from "./lib/i18n";
import { navigate, parsePath } from "./lib/router";
import type { ConsoleUser } from "./lib/session";
import { HandoffPage } from "./pages/handoff-page";
import { InboxPage } from "./pages/inbox-page";
import { IntegrationsPage } from "./pages/integrations-page";
import { KnowledgePage } from "./pages/knowledge-page";

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
    knowledge: () => <KnowledgePage prefill={query} />,
    "settings/handoff": () => <HandoffPage />,
    "settings/integrations": () => <IntegrationsPage />,
  };
  const page = adminPages[second && first === "settings" ? `${first}/${second}` : first];
  if (page && user.role !== "admin") return <><PageTitle>{t.errorTitle}</PageTitle><Notice kind="error">{t.forbidden}</Notice></>;
  if (page) return page();
  return <><PageTitle>{t.errorTitle}</PageTitle><Notice kind="error">{t.notFound}</Notice></>;
}
