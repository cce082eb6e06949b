import type { InboxConversationDto } from "@relevo/contracts";
import { useEffect, useRef, useState } from "preact/hooks";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { useLive, useLiveEvents } from "../lib/inbox-live";
import { ErrorNotice, Loading } from "./notice";

export type InboxView = "queued" | "mine" | "open" | "resolved";
const views: InboxView[] = ["queued", "mine", "open", "resolved"];

interface Page {
  conversations: InboxConversationDto[];
  nextCursor: string | null;
}

/** The queue and the other views, refreshed on live events (a short debounce folds bursts into one fetch). */
export function InboxList({ selectedId }: { selectedId: string | null }) {
  const { t, dateTime } = useI18n();
  const s = t.inbox;
  const live = useLive();
  const [view, setView] = useState<InboxView>("queued");
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const ticket = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const load = (cursor: string | null = null) => {
    const mine = ++ticket.current;
    const query = new URLSearchParams({ view, limit: "25", ...(cursor ? { cursor } : {}) });
    api<Page>("GET", `/inbox/conversations?${query}`).then(
      (next) => {
        if (mine !== ticket.current) return;
        setError(null);
        setPage((before) =>
          cursor && before
            ? { conversations: [...before.conversations, ...next.conversations], nextCursor: next.nextCursor }
            : next,
        );
      },
      (caught: Error) => mine === ticket.current && setError(caught),
    );
  };
  useEffect(() => {
    setPage(null);
    load();
  }, [view, live.generation]);
  useEffect(() => () => clearTimeout(timer.current), []);
  useLiveEvents((event) => {
    if (event.type === "ready" || event.type === "presence.changed") return;
    if (event.type === "message.created" && event.message.internal) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => load(), 250);
  });

  const who = (c: InboxConversationDto) => c.name ?? c.email ?? s.anonymous;
  return (
    <section class="inbox-list" aria-labelledby="inbox-list-title">
      <h2 id="inbox-list-title" class="visually-hidden">
        {s.listLabel}
      </h2>
      <fieldset class="tabs">
        <legend class="visually-hidden">{s.listLabel}</legend>
        {views.map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
            {s.views[v]}
          </button>
        ))}
      </fieldset>
      <ErrorNotice error={error} />
      {!page ? (
        <Loading label={t.loading} />
      ) : page.conversations.length === 0 ? (
        <p class="muted empty">{s.empty[view]}</p>
      ) : (
        <ul class="conversation-list">
          {page.conversations.map((c) => (
            <li key={c.id}>
              <a
                href={`#/inbox/${c.id}`}
                aria-current={c.id === selectedId ? "true" : undefined}
                class="conversation-link"
              >
                <span class="row spread">
                  <strong class="name">{who(c)}</strong>
                  <span class={`badge status-${c.status}`}>{s.statuses[c.status] ?? c.status}</span>
                </span>
                <span class="muted small">
                  {c.assignedTo ? s.assignedTo(c.assignedTo.name) : s.unassigned} · {c.locale.toUpperCase()}
                </span>
                <span class="muted small">
                  <time dateTime={c.lastActivityAt}>{dateTime(c.lastActivityAt)}</time>
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {page?.nextCursor ? (
        <button type="button" class="ghost" onClick={() => load(page.nextCursor)}>
          {s.loadMore}
        </button>
      ) : null}
    </section>
  );
}
