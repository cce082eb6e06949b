import { AlertsToggle } from "../components/alerts-toggle";
import { ConversationPanel } from "../components/conversation-panel";
import { InboxList } from "../components/inbox-list";
import { PageTitle } from "../components/page-title";
import { useI18n } from "../lib/i18n";

/** The Inbox: the queue and my conversations on the left, the open conversation on the right. */
export function InboxPage({ conversationId }: { conversationId: string | null }) {
  const { t } = useI18n();
  return (
    <div class={`inbox ${conversationId ? "has-selection" : ""}`}>
      <div class="row spread inbox-head">
        <PageTitle>{t.inbox.title}</PageTitle>
        <AlertsToggle />
      </div>
      <div class="inbox-panes">
        <InboxList selectedId={conversationId} />
        {conversationId ? (
          <ConversationPanel key={conversationId} id={conversationId} />
        ) : (
          <p class="muted pane-empty">{t.inbox.select}</p>
        )}
      </div>
    </div>
  );
}
