import type { BatchReport } from "@relevo/contracts";
import { useState } from "preact/hooks";
import { ApiError, api, field } from "../lib/api";
import { percent } from "../lib/format";
import { useI18n } from "../lib/i18n";
import { useAction } from "../lib/use-action";
import { ErrorNotice } from "./notice";

type Metrics = BatchReport["summary"];
type Result = BatchReport["results"][number];
type Rate =
  | "decision_accuracy"
  | "answer_accuracy"
  | "handoff_recall"
  | "false_handoff_rate"
  | "human_request_recall";

const rates: Rate[] = [
  "decision_accuracy",
  "answer_accuracy",
  "handoff_recall",
  "false_handoff_rate",
  "human_request_recall",
];

interface LineError {
  line: number;
  reason: string;
}

/** The per-line problems the server lists for a refused file (400 batch_invalid, details.errors), as an import's. */
function lineErrors(error: unknown): LineError[] {
  if (!(error instanceof ApiError) || error.code !== "batch_invalid") return [];
  const list = field(error.details, "errors");
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    const line = field(item, "line");
    const reason = field(item, "reason");
    return typeof line === "number" && typeof reason === "string" ? [{ line, reason }] : [];
  });
}

/** "Starts the handoff", as the eval counts it (server domain/eval/eval-metrics.ts). */
const handsOff = (decision: string) =>
  decision === "no_knowledge" || decision === "human_request" || decision === "safety";

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
export function wrongFirst(results: Result[]): Result[] {
  return [...results.filter((r) => !r.correct), ...results.filter((r) => r.correct)];
}

const maxBytes = 1024 * 1024;

function Summary({ report }: { report: BatchReport }) {
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

function ByLanguage({ byLang }: { byLang: Record<string, Metrics> }) {
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

function Cases({ results }: { results: Result[] }) {
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

/**
 * "Test a batch of questions": a cases.jsonl file (the one `relevo eval --cases` reads) run against the live
 * knowledge; the eval's figures, per language, and each case, wrong ones first. Nothing is stored.
 */
export function TestBatch() {
  const { t, number } = useI18n();
  const s = t.knowledge.batch;
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<{ file: string; report: BatchReport } | null>(null);
  const [failed, setFailed] = useState<{ file: string; lines: LineError[] } | null>(null);
  const action = useAction();
  const submit = (event: Event) => {
    event.preventDefault();
    if (!file) return;
    setFailed(null);
    setReport(null);
    void action.run(async () => {
      if (file.size > maxBytes) throw new Error(s.tooBig);
      const content = await file.text();
      try {
        const result = await api<BatchReport>("POST", "/admin/knowledge/test-batch", {
          fileName: file.name,
          content,
        });
        setReport({ file: file.name, report: result });
      } catch (error) {
        const lines = lineErrors(error);
        if (lines.length > 0) setFailed({ file: file.name, lines });
        throw error;
      }
    });
  };
  const r = report?.report;
  return (
    <form class="card stack" onSubmit={submit} aria-labelledby="batch-title">
      <h2 id="batch-title">{s.title}</h2>
      <p class="hint" id="batch-hint">
        {s.hint}
      </p>
      <div class="field">
        <label for="batch-file">{s.file}</label>
        <input
          id="batch-file"
          type="file"
          accept=".jsonl,.json,.txt"
          required
          aria-describedby="batch-hint"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
      </div>
      <div class="row">
        <button class="primary" type="submit" disabled={action.busy || !file}>
          {action.busy ? s.running : s.submit}
        </button>
      </div>
      {failed ? (
        <div class="notice error" role="alert">
          <p>{failed.lines.some((l) => l.line > 0) ? s.errors(failed.file) : s.notRun(failed.file)}</p>
          <ul class="line-errors">
            {failed.lines.map((l, i) =>
              // Line 0 is the file as a whole: no cases, or too many.
              l.line > 0 ? (
                <li key={`${l.line}-${i}`}>
                  <strong>{s.line(l.line)}:</strong> {l.reason}
                </li>
              ) : (
                <li key={`0-${i}`}>{l.reason}</li>
              ),
            )}
          </ul>
        </div>
      ) : (
        <ErrorNotice error={action.error} />
      )}
      <div class="stack" aria-live="polite" aria-busy={action.busy} data-testid="batch-results">
        {report && r ? (
          <>
            <h3>
              {s.results(
                report.file,
                number(r.results.filter((c) => c.correct).length),
                number(r.summary.cases),
              )}
            </h3>
            <Summary report={r} />
            {r.summary.p50_ms !== null && r.summary.p99_ms !== null ? (
              <p class="muted small">
                {s.times(
                  number(r.summary.p50_ms, { maximumFractionDigits: 1 }),
                  number(r.summary.p99_ms, { maximumFractionDigits: 1 }),
                )}
              </p>
            ) : null}
            {Object.keys(r.byLang).length > 1 ? (
              <>
                <h3>{s.byLang}</h3>
                <ByLanguage byLang={r.byLang} />
              </>
            ) : null}
            <Cases results={r.results} />
          </>
        ) : null}
      </div>
    </form>
  );
}
