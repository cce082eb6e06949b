import type { KnowledgeGapDto, KnowledgeGapsReportDto, RerunGapQuestionsResultDto } from "@relevo/contracts";
import { useState } from "preact/hooks";
import { ErrorNotice, Loading, Notice } from "../components/notice";
import { PageTitle } from "../components/page-title";
import { type DateRange, RangeForm } from "../components/range-form";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { navigate } from "../lib/router";
import { useAction } from "../lib/use-action";
import { useResource } from "../lib/use-resource";

/** "Add the answer": a new FAQ entry pre-filled with the group's question, other phrasings and language. */
function addAnswerPath(gap: KnowledgeGapDto): string {
  const query = new URLSearchParams({ new: "faq", lang: gap.lang, question: gap.question });
  for (const alt of gap.alternates.slice(0, 20)) query.append("alt", alt);
  return `/knowledge?${query}`;
}

function GapGroup({ gap, range }: { gap: KnowledgeGapDto; range: { from: string; to: string } }) {
  const { t, dateTime } = useI18n();
  const g = t.gaps;
  const rerun = useAction();
  const [result, setResult] = useState<RerunGapQuestionsResultDto | null>(null);
  const run = () =>
    void rerun.run(async () => {
      setResult(
        await api<RerunGapQuestionsResultDto>("POST", "/admin/knowledge-gaps/rerun", {
          groupId: gap.id,
          from: range.from,
          to: range.to,
        }),
      );
    });
  return (
    <li class="gap-group">
      <div class="row spread">
        <h3>{gap.question}</h3>
        <span class="row">
          <span class="badge">{gap.lang.toUpperCase()}</span>
          <strong>{g.asked(gap.count)}</strong>
        </span>
      </div>
      {gap.alternates.length > 0 ? (
        <p class="small">
          <span class="muted">{g.alsoAsked}:</span> {gap.alternates.join(" · ")}
        </p>
      ) : null}
      <details>
        <summary>
          {g.examples} ({gap.examples.length}) ·{" "}
          <span class="muted">{g.lastSeen(dateTime(gap.lastSeen))}</span>
        </summary>
        <ul class="small">
          {gap.examples.map((e, i) => (
            <li key={`${e.askedAt}-${i}`}>
              {e.text} <span class="muted">({dateTime(e.askedAt)})</span>
            </li>
          ))}
        </ul>
      </details>
      <div class="row">
        <button type="button" class="primary" onClick={() => navigate(addAnswerPath(gap))}>
          {g.addAnswer}
        </button>
        <button type="button" onClick={run} disabled={rerun.busy}>
          {rerun.busy ? g.rerunning : g.rerun}
        </button>
      </div>
      <ErrorNotice error={rerun.error} />
      {result ? (
        <Notice kind={result.answered === result.total ? "ok" : "info"}>
          {g.rerunResult(result.answered, result.total)}
        </Notice>
      ) : null}
    </li>
  );
}

/** Knowledge gaps: grouped unanswered questions with counts and examples, add the answer, re-run. */
export function GapsPage() {
  const { t } = useI18n();
  const g = t.gaps;
  const [range, setRange] = useState<DateRange>({ from: "", to: "" });
  const query = new URLSearchParams({
    ...(range.from ? { from: range.from } : {}),
    ...(range.to ? { to: range.to } : {}),
  }).toString();
  const report = useResource(
    () => api<KnowledgeGapsReportDto>("GET", `/admin/knowledge-gaps${query ? `?${query}` : ""}`),
    query,
  );
  const r = report.data;
  return (
    <>
      <PageTitle intro={g.intro}>{g.title}</PageTitle>
      <RangeForm range={{ from: r?.from ?? range.from, to: r?.to ?? range.to }} onApply={setRange} />
      <ErrorNotice error={report.error} />
      {!r ? (
        <Loading label={t.loading} />
      ) : (
        <section class="card stack" aria-busy={report.loading} aria-labelledby="gaps-summary">
          <p id="gaps-summary" role="status">
            {g.summary(r.questions, r.groups.length)}
          </p>
          {r.truncated ? <Notice kind="info">{g.truncated}</Notice> : null}
          {r.groups.length === 0 ? (
            <p class="muted">{g.empty}</p>
          ) : (
            <ul class="plain-list">
              {r.groups.map((gap) => (
                <GapGroup key={gap.id} gap={gap} range={{ from: r.from, to: r.to }} />
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
