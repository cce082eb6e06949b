import type { z } from "zod";
import type { inboxConversationViewSchema } from "@relevo/contracts";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { useLive, useLiveEvents } from "../lib/inbox-live";
import { useUser } from "../lib/session";
import { useResource } from "../lib/use-resource";
import { useTranslation } from "../lib/use-translation";
import { ConversationActions } from "./conversation-actions";
import { HandoffPacket } from "./handoff-packet";
import { ErrorNotice, Loading } from "./notice";
import { ReplyBox } from "./reply-box";
import { Transcript } from "./transcript";
import { TranslationBar } from "./translation-bar";

type View = z.infer<typeof inboxConversationViewSchema>;

/** One conversation: who, actions, transcript, handoff packets and emails, the reply box; live. */
export function ConversationPanel({ id }: { id: string }) {
  const { t, dateTime, lang } = useI18n();
  const s = t.inbox;
  const user = useUser();
  const live = useLive();
  const view = useResource(
    () => api<View>("GET", `/inbox/conversations/${encodeURIComponent(id)}`),
    `${id}-${live.generation}`,
  );
  // What the translation covers: re-asked when a message arrives or a summary changes while it is shown.
  const textsKey = view.data
    ? `${view.data.messages.length}-${view.data.handoffs.map((h) => h.packet.summary.length).join(".")}`
    : "";
  const translation = useTranslation(id, lang, textsKey);

  useLiveEvents((event) => {
    const data = view.data;
    if (!data) return;
    if (event.type === "message.created" && event.conversationId === id) {
      // Append at once (the reply is on screen before any refetch); ignore an echo of a message we have.
      if (!data.messages.some((m) => m.id === event.message.id))
        view.set({ ...data, messages: [...data.messages, event.message] });
    } else if (
      (event.type === "conversation.updated" || event.type === "conversation.queued") &&
      event.conversation.id === id
    ) {
      view.set({ ...data, conversation: event.conversation });
    } else if (
      (event.type === "conversation.claimed" || event.type === "handoff.updated") &&
      event.conversationId === id
    ) {
      // A claim, or the language model's summary landing in a handoff packet: re-read the conversation.
      void view.reload();
    }
  });

  if (!view.data)
    return (
      <div class="conversation">
        <ErrorNotice error={view.error} />
        {view.error ? null : <Loading label={t.loading} />}
      </div>
    );
  const { conversation: c, messages, handoffs, emails, shopperOnline, translationAvailable } = view.data;
  const translated = translation.shown;
  const holder = c.assignedTo?.id === user.id && c.status === "with_agent";
  const hint = shopperOnline
    ? s.composer.shopperOnline
    : c.email
      ? s.composer.shopperAway(c.email)
      : s.composer.shopperGone;
  return (
    <article class="conversation" aria-labelledby="conversation-title">
      <header class="conversation-head">
        <a class="back" href="#/inbox">
          ← {s.back}
        </a>
        <div class="row spread">
          <h2 id="conversation-title">{c.name ?? c.email ?? s.anonymous}</h2>
          <span class={`badge status-${c.status}`}>{s.statuses[c.status] ?? c.status}</span>
        </div>
        <p class="muted small">
          {c.email ? `${c.email} · ` : ""}
          {c.locale.toUpperCase()} · {s.details.started} {dateTime(c.createdAt)} ·{" "}
          {c.assignedTo ? s.assignedTo(c.assignedTo.name) : s.unassigned}
        </p>
        <ConversationActions conversation={c} user={user} onChanged={() => void view.reload()} />
      </header>
      <div class="conversation-body">
        <div class="conversation-main">
          {translationAvailable && (c.locale !== lang || translated) ? (
            <TranslationBar translation={translation} />
          ) : null}
          <Transcript messages={messages} translations={translated ? translation.messages : undefined} />
          {c.status !== "resolved" ? (
            <ReplyBox
              key={`${c.id}-${holder}`}
              conversationId={c.id}
              mayReply={holder}
              hint={hint}
              onSent={() => undefined}
            />
          ) : null}
        </div>
        <aside class="conversation-side">
          {handoffs.map((h) => (
            <HandoffPacket
              key={h.id}
              handoff={h}
              translatedSummary={translated ? translation.summaries.get(h.id) : undefined}
            />
          ))}
          {emails.length > 0 ? (
            <section aria-label={s.emails.title}>
              <h3>{s.emails.title}</h3>
              <ul class="plain-list">
                {emails.map((e) => (
                  <li key={e.id}>
                    {e.toAddress} · {s.emails[e.status] ?? e.status}
                    {e.sentAt ? ` · ${dateTime(e.sentAt)}` : ""}
                    {e.lastError ? <span class="error-text block">{e.lastError}</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </article>
  );
}
