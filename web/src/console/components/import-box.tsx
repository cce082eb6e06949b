import { useState } from "preact/hooks";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { type LineError, lineErrors } from "../lib/line-errors";
import { useAction } from "../lib/use-action";
import { FileField, SelectField } from "./field";
import { ErrorNotice, Notice, RefusedFileNotice } from "./notice";

const maxBytes = 20 * 1024 * 1024;

/** Import a file: read it in the browser, send its text; all or nothing, with every bad line listed. */
export function ImportBox({ onImported }: { onImported(): void }) {
  const { t } = useI18n();
  const s = t.knowledge.import;
  const [file, setFile] = useState<File | null>(null);
  const [lang, setLang] = useState("en");
  const [failed, setFailed] = useState<{ file: string; lines: LineError[] } | null>(null);
  const action = useAction();
  const submit = (event: Event) => {
    event.preventDefault();
    if (!file) return;
    setFailed(null);
    void action.run(async () => {
      if (file.size > maxBytes) throw new Error(s.tooBig);
      const content = await file.text();
      try {
        const result = await api<{ imported: number }>("POST", "/admin/knowledge/import", {
          fileName: file.name,
          content,
          defaultLang: lang,
        });
        onImported();
        return s.done(result.imported, file.name);
      } catch (error) {
        const lines = lineErrors(error, "import_failed");
        if (lines.length > 0) setFailed({ file: file.name, lines });
        throw error;
      }
    });
  };
  return (
    <form class="card stack" onSubmit={submit} aria-labelledby="import-title">
      <h2 id="import-title">{s.title}</h2>
      <p class="hint">{s.hint}</p>
      <FileField id="import-file" label={s.file} accept=".jsonl,.json,.csv,.md,.markdown,.html,.htm,.txt" onFile={setFile} />
      <SelectField
        label={s.defaultLang}
        value={lang}
        onChange={(e) => setLang(e.currentTarget.value)}
        options={[
          { value: "en", label: "English (en)" },
          { value: "es", label: "Español (es)" },
        ]}
      />
      <button class="primary" type="submit" disabled={action.busy || !file}>
        {action.busy ? s.importing : s.submit}
      </button>
      {action.done ? <Notice kind="ok">{action.done}</Notice> : null}
      {failed ? (
        <RefusedFileNotice heading={s.errors(failed.file)} lines={failed.lines} lineLabel={s.line} />
      ) : (
        <ErrorNotice error={action.error} />
      )}
    </form>
  );
}
