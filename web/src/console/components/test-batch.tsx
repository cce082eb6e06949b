import type { BatchReport } from "@relevo/contracts";
import { useState } from "preact/hooks";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { type LineError, lineErrors } from "../lib/line-errors";
import { useAction } from "../lib/use-action";
import { ByLanguage, Cases, Summary } from "./batch-report";
import { FileField } from "./field";
import { ErrorNotice, RefusedFileNotice } from "./notice";

const maxBytes = 1024 * 1024;

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
        const lines = lineErrors(error, "batch_invalid");
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
      <FileField id="batch-file" label={s.file} accept=".jsonl,.json,.txt" describedBy="batch-hint" onFile={setFile} />
      <div class="row">
        <button class="primary" type="submit" disabled={action.busy || !file}>
          {action.busy ? s.running : s.submit}
        </button>
      </div>
      {failed ? (
        <RefusedFileNotice
          heading={failed.lines.some((l) => l.line > 0) ? s.errors(failed.file) : s.notRun(failed.file)}
          lines={failed.lines}
          lineLabel={s.line}
        />
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
