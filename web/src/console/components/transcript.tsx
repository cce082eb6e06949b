import type { InboxMessageDto } from "@relevo/contracts";
import { useEffect, useRef } from "preact/hooks";
import { useI18n } from "../lib/i18n";

/**
 * The conversation as agents see it, notes flagged. Every text is rendered as a text node (JSX children),
 * never as HTML: shopper text is untrusted (a model's translation too). Links from citations only open
 * http(s) URLs. With `translations` (message id → text), a translated line shows its original on hover.
 */
export function Transcript({
  messages,
  translations,
}: {
  messages: InboxMessageDto[];
  translations?: Map<string, string>;
}) {
  const { t, dateTime } = useI18n();
  const s = t.inbox;
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // Scroll the transcript itself to the newest message, not the page (scrollIntoView would move both).
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length]);
  return (
    <ol ref={list} class="transcript" aria-label={s.transcript}>
      {messages.map((m) => (
        <li key={m.id} class={`msg ${m.author}${m.internal ? " note" : ""}`} data-author={m.author}>
          <span class="who">
            {m.internal ? `${s.note} · ` : ""}
            {m.author === "agent" ? (m.authorName ?? s.authors.agent) : s.authors[m.author]}
            {" · "}
            <time dateTime={m.createdAt}>{dateTime(m.createdAt)}</time>
          </span>
          {translations?.has(m.id) ? (
            <span class="text translated" title={m.text}>
              {translations.get(m.id)}
            </span>
          ) : (
            <span class="text">{m.text}</span>
          )}
          {m.citations && m.citations.length > 0 ? (
            <span class="cites muted small">
              {s.sources}:{" "}
              {m.citations.map((c, i) => (
                <span key={`${c.knowledgeId}-${i}`}>
                  {i > 0 ? ", " : ""}
                  {c.url && /^https?:/.test(c.url) ? (
                    <a href={c.url} target="_blank" rel="noopener noreferrer">
                      {c.title}
                    </a>
                  ) : (
                    c.title
                  )}
                </span>
              ))}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
