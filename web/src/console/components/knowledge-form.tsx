import type { KnowledgeBody, KnowledgeEntryDto } from "@relevo/contracts";
import { useEffect, useRef, useState } from "preact/hooks";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { useAction } from "../lib/use-action";
import { SelectField, TextArea, TextField } from "./field";
import { ErrorNotice } from "./notice";

export interface KnowledgeDraft {
  kind: "faq" | "article";
  id: string;
  lang: string;
  question: string;
  alternates: string;
  answer: string;
  title: string;
  body: string;
  url: string;
}

export function draftOf(entry: KnowledgeEntryDto): KnowledgeDraft {
  return {
    kind: entry.kind,
    id: entry.id,
    lang: entry.lang,
    question: entry.question ?? "",
    alternates: entry.alternates.join("\n"),
    answer: entry.answer ?? "",
    title: entry.title ?? "",
    body: entry.body ?? "",
    url: entry.url ?? "",
  };
}

export function emptyDraft(kind: "faq" | "article", lang: string): KnowledgeDraft {
  return { kind, id: "", lang, question: "", alternates: "", answer: "", title: "", body: "", url: "" };
}

function toBody(d: KnowledgeDraft): KnowledgeBody {
  const common = { lang: d.lang, url: d.url.trim() || null, ...(d.id.trim() ? { id: d.id.trim() } : {}) };
  if (d.kind === "article") return { kind: "article", ...common, title: d.title, body: d.body };
  const alternates = d.alternates
    .split("\n")
    .map((a) => a.trim())
    .filter(Boolean);
  return { kind: "faq", ...common, question: d.question, alternates, answer: d.answer };
}

interface Props {
  draft: KnowledgeDraft;
  /** The id of the entry being edited; null adds a new one. */
  editingId: string | null;
  onSaved(entry: KnowledgeEntryDto, created: boolean): void;
  onCancel(): void;
}

/** Add or edit an FAQ entry (question, other ways to ask, answer) or an article (title, Markdown body). */
export function KnowledgeForm({ draft: initial, editingId, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const f = t.knowledge.form;
  const [d, setD] = useState(initial);
  const save = useAction();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setD(initial);
    heading.current?.focus();
  }, [initial]);
  const set = (patch: Partial<KnowledgeDraft>) => setD((current) => ({ ...current, ...patch }));
  const submit = (event: Event) => {
    event.preventDefault();
    void save.run(async () => {
      const body = toBody(d);
      const saved = editingId
        ? await api<KnowledgeEntryDto>("PUT", `/admin/knowledge/${encodeURIComponent(editingId)}`, body)
        : await api<KnowledgeEntryDto>("POST", "/admin/knowledge", body);
      onSaved(saved, !editingId);
    });
  };
  const title = editingId
    ? f.editing(d.kind === "faq" ? d.question : d.title)
    : d.kind === "faq"
      ? f.newFaq
      : f.newArticle;
  return (
    <form class="card stack knowledge-form" onSubmit={submit} aria-labelledby="kf-title">
      <h2 id="kf-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <ErrorNotice error={save.error} />
      <div class="grid-2">
        <SelectField
          label={f.lang}
          name="lang"
          value={d.lang}
          onChange={(e) => set({ lang: e.currentTarget.value })}
          options={[
            { value: "en", label: "English (en)" },
            { value: "es", label: "Español (es)" },
          ]}
        />
        {editingId ? null : (
          <TextField
            label={f.id}
            hint={f.idHint}
            optionalLabel={t.optional}
            name="id"
            pattern="[a-zA-Z0-9._\-]{1,120}"
            value={d.id}
            onInput={(e) => set({ id: e.currentTarget.value })}
          />
        )}
      </div>
      {d.kind === "faq" ? (
        <>
          <TextField
            label={f.question}
            name="question"
            required
            maxLength={500}
            value={d.question}
            onInput={(e) => set({ question: e.currentTarget.value })}
          />
          <TextArea
            label={f.alternates}
            hint={f.alternatesHint}
            optionalLabel={t.optional}
            name="alternates"
            rows={3}
            value={d.alternates}
            onInput={(e) => set({ alternates: e.currentTarget.value })}
          />
          <TextArea
            label={f.answer}
            name="answer"
            required
            rows={5}
            maxLength={10000}
            value={d.answer}
            onInput={(e) => set({ answer: e.currentTarget.value })}
          />
        </>
      ) : (
        <>
          <TextField
            label={f.title}
            name="title"
            required
            maxLength={300}
            value={d.title}
            onInput={(e) => set({ title: e.currentTarget.value })}
          />
          <TextArea
            label={f.body}
            name="body"
            required
            rows={12}
            value={d.body}
            onInput={(e) => set({ body: e.currentTarget.value })}
          />
        </>
      )}
      <TextField
        label={f.url}
        type="url"
        name="url"
        optionalLabel={t.optional}
        placeholder="https://"
        value={d.url}
        onInput={(e) => set({ url: e.currentTarget.value })}
      />
      <div class="row">
        <button class="primary" type="submit" disabled={save.busy}>
          {save.busy ? t.saving : t.save}
        </button>
        <button type="button" class="ghost" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
