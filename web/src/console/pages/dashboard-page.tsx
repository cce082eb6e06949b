import type { MetricsReportDto } from "@relevo/contracts";
import { useState } from "preact/hooks";
import { DayChart } from "../components/day-chart";
import { SelectField } from "../components/field";
import { ErrorNotice, Loading } from "../components/notice";
import { PageTitle } from "../components/page-title";
import { type DateRange, RangeForm } from "../components/range-form";
import { api } from "../lib/api";
import { duration, percent } from "../lib/format";
import { useI18n } from "../lib/i18n";
import { useResource } from "../lib/use-resource";

type Summary = MetricsReportDto["totals"];

/** Metrics: the three outcome rates, handoff reasons, time to first human reply, per day and per language. */
export function DashboardPage() {
  const { t, lang: ui, number } = useI18n();
  const d = t.dashboard;
  const [range, setRange] = useState<DateRange>({ from: "", to: "" });
  const [lang, setLang] = useState("");
  const query = new URLSearchParams({
    ...(range.from ? { from: range.from } : {}),
    ...(range.to ? { to: range.to } : {}),
    ...(lang ? { lang } : {}),
  }).toString();
  const report = useResource(
    () => api<MetricsReportDto>("GET", `/admin/metrics${query ? `?${query}` : ""}`),
    query,
  );
  const r = report.data;
  const pct = (rate: number | null) => percent(ui, rate, d.noData);
  const kpi = (label: string, value: string, detail: string, testId: string) => (
    <div class="kpi" data-testid={testId}>
      <span class="label">{label}</span>
      <span class="value">{value}</span>
      <span class="muted small">{detail}</span>
    </div>
  );
  const kpis = (s: Summary) => (
    <section class="kpis" aria-label={d.title}>
      {kpi(d.conversations, number(s.conversations), d.engaged(number(s.engaged)), "kpi-conversations")}
      {kpi(
        d.resolution,
        pct(s.resolutionRate),
        d.ofEngaged(number(s.resolvedByAi), number(s.engaged)),
        "kpi-resolution",
      )}
      {kpi(
        d.routed,
        pct(s.routedToTeamRate),
        d.ofEngaged(number(s.routedToTeam), number(s.engaged)),
        "kpi-routed",
      )}
      {kpi(
        d.custom,
        pct(s.customMessageRate),
        d.ofEngaged(number(s.customMessage), number(s.engaged)),
        "kpi-custom",
      )}
      {kpi(
        d.firstReply,
        `${duration(t, s.firstHumanReply.p50Seconds)}`,
        `${d.median} · ${d.firstReplyDetail(
          duration(t, s.firstHumanReply.p90Seconds),
          number(s.firstHumanReply.replied),
          number(s.firstHumanReply.waiting),
        )}`,
        "kpi-first-reply",
      )}
    </section>
  );
  const reasons = (s: Summary) => {
    const entries = Object.entries(s.handoffReasons);
    const most = Math.max(1, ...entries.map(([, n]) => n));
    return (
      <section class="card stack" aria-labelledby="reasons-title">
        <h2 id="reasons-title">{d.reasons}</h2>
        {s.routedToTeam === 0 ? (
          <p class="muted">{d.noHandoffs}</p>
        ) : (
          <ul class="bar-list">
            {entries.map(([reason, n]) => (
              <li key={reason}>
                <span class="row spread">
                  <span>{t.inbox.reasons[reason] ?? reason}</span>
                  <strong>{number(n)}</strong>
                </span>
                <span class="bar" style={{ width: `${(100 * n) / most}%` }} aria-hidden="true" />
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  };
  return (
    <>
      <PageTitle intro={d.intro}>{d.title}</PageTitle>
      <RangeForm range={{ from: r?.from ?? range.from, to: r?.to ?? range.to }} onApply={setRange}>
        <SelectField
          label={d.language}
          value={lang}
          onChange={(e) => setLang(e.currentTarget.value)}
          options={[
            { value: "", label: d.allLanguages },
            { value: "en", label: "English" },
            { value: "es", label: "Español" },
          ]}
        />
      </RangeForm>
      <ErrorNotice error={report.error} />
      {!r ? (
        <Loading label={t.loading} />
      ) : (
        <div class="stack" aria-busy={report.loading}>
          <p class="muted small">{d.range(r.from, r.to, r.timeZone)}</p>
          {kpis(r.totals)}
          <DayChart days={r.byDay} />
          <div class="grid-2">
            {reasons(r.totals)}
            <section class="card stack" aria-labelledby="by-lang-title">
              <h2 id="by-lang-title">{d.byLanguage}</h2>
              <div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{d.language}</th>
                      <th scope="col">{d.conversations}</th>
                      <th scope="col">{d.resolution}</th>
                      <th scope="col">{d.routed}</th>
                      <th scope="col">{d.custom}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.byLanguage.map((row) => (
                      <tr key={row.lang}>
                        <td>{row.lang.toUpperCase()}</td>
                        <td>{number(row.conversations)}</td>
                        <td>{pct(row.resolutionRate)}</td>
                        <td>{pct(row.routedToTeamRate)}</td>
                        <td>{pct(row.customMessageRate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </div>
        </div>
      )}
    </>
  );
}
