import { useState } from "preact/hooks";
import { AlertsSection } from "../components/alerts-section";
import { DeliveriesSection } from "../components/deliveries-section";
import { IntegrationCard } from "../components/integration-card";
import { ErrorNotice, Loading } from "../components/notice";
import { PageTitle } from "../components/page-title";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import type { Integration } from "../lib/types";
import { useResource } from "../lib/use-resource";

/** Settings → Integrations: helpdesk connections, deliveries that need attention, alerts. */
export function IntegrationsPage() {
  const { t } = useI18n();
  const [refresh, setRefresh] = useState(0);
  const list = useResource(
    () => api<{ integrations: Integration[] }>("GET", "/admin/integrations"),
    `integrations-${refresh}`,
  );
  return (
    <>
      <PageTitle intro={t.integrations.intro}>{t.integrations.title}</PageTitle>
      <ErrorNotice error={list.error} />
      {list.data ? (
        <div class="grid-2">
          {list.data.integrations.map((i) => (
            <IntegrationCard key={i.kind} integration={i} onChange={() => setRefresh((n) => n + 1)} />
          ))}
        </div>
      ) : (
        <Loading label={t.loading} />
      )}
      <DeliveriesSection refreshKey={refresh} />
      <AlertsSection refreshKey={refresh} />
    </>
  );
}
