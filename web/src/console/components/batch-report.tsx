import type { BatchReport } from "@relevo/contracts";
import { percent } from "../lib/format";
import { useI18n } from "../lib/i18n";

type Metrics = BatchReport["summary"];
type Result = BatchReport["results"][number];
type Rate = "decision_accuracy" | "answer_accuracy" | "handoff_recall" | "false_handoff_rate" | "human_request_recall";

const rates: Rate[] = ["decision_accuracy", "answer_accuracy", "handoff_recall", "false_handoff_rate", "human_request_recall"];

/** "Starts the handoff", as the eval counts it (server domain/eval/eval-metrics.ts). */
const handsOff = (decision: string) => decision === "no_knowledge" || decision === "human_request" || decision === "safety";

/** The counts behind each rate, for the line under it: n of `of` cases. */
function counts(results: Result[]): Record<Rate, { n: number; of: number }> {
  const of = (expect: Result["expect"]) => results.filter((r) => r.expect === expect);
  const answers = of("answer");
  const right = (list: Result[]) => list.filter((r) => r.correct).length;
  return {
    decision_accuracy: { n: right(results), of: results.length },
    answer_accuracy: { n: right(answers), of: answers.length },
    handoff_recall: { n: right(of("handoff")), of: of("handoff").length },
    false_handoff_rate: { n: answers.filter((r) => handsOff(r.decision)).length, of: answers.length },
    human_request_recall: { n: right(of("human_request")), of: of("human_request").length },
  };
}

/** Wrong cases first, each group in the file's order. */
function wrongFirst(results: Result[]): Result[] {
  return [...results.filter((r) => !r.correct), ...results.filter((r) => r.correct)];
}

export function Summary({ report }: { report: BatchReport }) {
  const { t, lang, number } = useI18n();
  const s = t.knowledge.batch;
  const pct = (rate: number | null) => percent(lang, rate, t.dashboard.noData);
  const n = counts(report.results);
  const { summary } = report;
  return (
    <section class="kpis" aria-label={s.summary}>
      {rates.map((rate) => (
        <div class="kpi" key={rate} data-testid={`batch-${rate}`}>
          <span class="label">{s.metrics[rate]}</span>
          <span class="value">{pct(summary[rate])}</span>
          <span class="muted small">
            {summary[rate] === null ? s.noCase : s.details[rate](number(n[rate].n), number(n[rate].of))}
          </span>
        </div>
      ))}
    </section>
  );
}

export function ByLanguage({ byLang }: { byLang: Record<string, Metrics> }) {
  const { t, lang, number } = useI18n();
  const s = t.knowledge.batch;
  const pct = (rate: number | null) => percent(lang, rate, t.dashboard.noData);
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{s.byLang}</caption>
        <thead>
          <tr>
            <th scope="col">{s.columns.lang}</th>
            <th scope="col">{s.columns.cases}</th>
            {rates.map((rate) => (
              <th scope="col" key={rate}>
                {s.metrics[rate]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Object.entries(byLang).map(([code, m]) => (
            <tr key={code}>
              <th scope="row">{code}</th>
              <td>{number(m.cases)}</td>
              {rates.map((rate) => (
                <td key={rate}>{pct(m[rate])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Expected({ result }: { result: Result }) {
  const { t } = useI18n();
  const s = t.knowledge.batch;
  if (result.expect === "handoff") return <>{s.expect.handoff}</>;
  if (result.expect === "human_request") return <>{s.expect.human_request}</>;
  return (
    <>
      {s.expect.answer(result.expectedKnowledgeIds.join(s.or))}
      {result.unknownKnowledgeIds.length > 0 ? (
        <span class="error-text small block" data-testid="unknown-ids">
          <span aria-hidden="true">⚠ </span>
          {s.unknownIds(result.unknownKnowledgeIds.join(", "))}
        </span>
      ) : null}
    </>
  );
}

function Did({ result }: { result: Result }) {
  const { t } = useI18n();
  const s = t.knowledge.batch;
  if (result.decision !== "answer") return <>{s.did[result.decision] ?? result.decision}</>;
  return (
    <>
      {result.knowledgeIds.length > 0 ? s.answered(result.knowledgeIds.join(", ")) : s.answeredNoSource}
      {result.answer ? (
        <details>
          <summary>{s.showAnswer}</summary>
          <p class="pre">{result.answer}</p>
        </details>
      ) : null}
    </>
  );
}

export function Cases({ results }: { results: Result[] }) {
  const { t, number } = useI18n();
  const s = t.knowledge.batch;
  return (
    <div class="table-wrap">
      <table>
        <caption class="muted small" style={{ textAlign: "left" }}>
          {s.caption(number(results.length))}
        </caption>
        <thead>
          <tr>
            <th scope="col">{s.columns.result}</th>
            <th scope="col">{s.columns.question}</th>
            <th scope="col">{s.columns.expected}</th>
            <th scope="col">{s.columns.did}</th>
          </tr>
        </thead>
        <tbody>
          {wrongFirst(results).map((r, i) => (
            <tr key={`${i}-${r.id}`} data-case={r.id} data-correct={String(r.correct)}>
              <td>
                <span class={`badge ${r.correct ? "ok" : "off"}`}>
                  <span aria-hidden="true">{r.correct ? "✓ " : "✗ "}</span>
                  {r.correct ? s.right : s.wrong}
                </span>
              </td>
              <td>
                {r.context.length > 0 ? (
                  <span class="muted small block">
                    {s.earlier} {r.context.map((m) => `“${m}”`).join(" · ")}
                  </span>
                ) : null}
                <span class="pre block">{r.question}</span>
                <span class="muted small block">
                  {r.id} · {r.lang}
                </span>
              </td>
              <td>
                <Expected result={r} />
              </td>
              <td>
                <Did result={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

