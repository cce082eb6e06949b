import type { z } from "zod";
import type { handoffViewSchema } from "@relevo/contracts";
import { useI18n } from "../lib/i18n";

type HandoffView = z.infer<typeof handoffViewSchema>;

const safeUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

/**
 * The handoff packet as every destination receives it: reason, summary (labelled when the language model
 * wrote it), sources, who and where, delivery state. `translatedSummary` replaces the summary's text in the
 * translated view; the original stays on hover.
 */
export function HandoffPacket({
  handoff,
  translatedSummary,
}: {
  handoff: HandoffView;
  translatedSummary?: string | undefined;
}) {
  const { t, dateTime } = useI18n();
  const s = t.inbox;
  const p = handoff.packet;
  const ticket = safeUrl(handoff.externalUrl);
  const page = safeUrl(p.pageUrl);
  return (
    <section class="packet" aria-label={s.packet.title}>
      <h3>
        {s.packet.title} <span class="muted small">{dateTime(handoff.createdAt)}</span>
      </h3>
      <dl class="facts">
        <dt>{s.packet.reason}</dt>
        <dd>{s.reasons[p.reason] ?? p.reason}</dd>
        {p.summary ? (
          <>
            <dt>{p.summarySource === "model" ? s.packet.summaryByModel : s.packet.summary}</dt>
            <dd class="pre" title={translatedSummary ? p.summary : undefined}>
              {translatedSummary ?? p.summary}
            </dd>
          </>
        ) : null}
        {p.email ? (
          <>
            <dt>{s.details.email}</dt>
            <dd>{p.email}</dd>
          </>
        ) : null}
        {p.profileId ? (
          <>
            <dt>{s.packet.profile}</dt>
            <dd>{p.profileId}</dd>
          </>
        ) : null}
        {p.pageUrl ? (
          <>
            <dt>{s.details.page}</dt>
            <dd class="break">
              {page ? (
                <a href={page} target="_blank" rel="noopener noreferrer">
                  {p.pageUrl}
                </a>
              ) : (
                p.pageUrl
              )}
            </dd>
          </>
        ) : null}
        <dt>{s.details.language}</dt>
        <dd>{p.lang}</dd>
        {p.citations.length > 0 ? (
          <>
            <dt>{s.packet.cited}</dt>
            <dd>
              <ul class="plain-list">
                {p.citations.map((c, i) => (
                  <li key={`${c.knowledgeId}-${i}`}>{c.title}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>{s.packet.delivery}</dt>
        <dd>
          {t.handoff.destinations[handoff.destination]} ·{" "}
          <span class={`badge status-${handoff.deliveryStatus}`}>
            {t.deliveries.statuses[handoff.deliveryStatus] ?? handoff.deliveryStatus}
          </span>
          {" · "}
          {s.packet.attempts(handoff.attempts)}
          {handoff.lastError ? <span class="error-text block">{handoff.lastError}</span> : null}
          {ticket ? (
            <a class="block" href={ticket} target="_blank" rel="noopener noreferrer">
              {s.packet.open}
            </a>
          ) : null}
        </dd>
      </dl>
    </section>
  );
}
