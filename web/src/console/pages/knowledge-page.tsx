import type { KnowledgeEntryDto } from "@relevo/contracts";
import { useMemo, useState } from "preact/hooks";
import { SelectField, TextField } from "../components/field";
import { ImportBox } from "../components/import-box";
import { draftOf, emptyDraft, type KnowledgeDraft, KnowledgeForm } from "../components/knowledge-form";
import { KnowledgeTable } from "../components/knowledge-table";
import { ErrorNotice, Loading, Notice } from "../components/notice";
import { PageTitle } from "../components/page-title";
import { TestBatch } from "../components/test-batch";
import { TestQuestion } from "../components/test-question";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { useAction } from "../lib/use-action";
import { useResource } from "../lib/use-resource";

interface Editing {
  draft: KnowledgeDraft;
  id: string | null;
}

/** A pre-filled new FAQ entry from the query (#/knowledge?new=faq&question=…&lang=…), as knowledge gaps send. */
function prefilled(query: URLSearchParams): Editing | null {
  if (query.get("new") !== "faq") return null;
  const draft = emptyDraft("faq", query.get("lang") === "es" ? "es" : "en");
  return {
    draft: { ...draft, question: query.get("question") ?? "", alternates: query.getAll("alt").join("\n") },
    id: null,
  };
}

/** Knowledge: search and list, add/edit/delete, import a file, test a question or a batch of them. */
export function KnowledgePage({ prefill }: { prefill: URLSearchParams }) {
  const { t, lang: uiLang } = useI18n();
  const k = t.knowledge;
  const [q, setQ] = useState("");
  const [lang, setLang] = useState("");
  const [editing, setEditing] = useState<Editing | null>(() => prefilled(prefill));
  const [notice, setNotice] = useState<string | null>(null);
  const query = useMemo(
    () => new URLSearchParams({ ...(q.trim() ? { q: q.trim() } : {}), ...(lang ? { lang } : {}) }).toString(),
    [q, lang],
  );
  const list = useResource(
    () => api<{ entries: KnowledgeEntryDto[] }>("GET", `/admin/knowledge${query ? `?${query}` : ""}`),
    query,
  );
  const remove = useAction();

  const deleteEntry = (entry: KnowledgeEntryDto) => {
    if (!window.confirm(t.confirmDelete(`“${entry.question ?? entry.title ?? entry.id}”`))) return;
    void remove.run(async () => {
      await api("DELETE", `/admin/knowledge/${encodeURIComponent(entry.id)}`);
      setNotice(k.form.deleted);
      await list.reload();
    });
  };
  const startNew = (kind: "faq" | "article") => {
    setNotice(null);
    setEditing({ draft: emptyDraft(kind, lang || uiLang), id: null });
  };
  return (
    <>
      <PageTitle intro={k.intro}>{k.title}</PageTitle>
      <div class="row">
        <button type="button" class="primary" onClick={() => startNew("faq")}>
          {k.addFaq}
        </button>
        <button type="button" onClick={() => startNew("article")}>
          {k.addArticle}
        </button>
      </div>
      {notice ? <Notice kind="ok">{notice}</Notice> : null}
      {editing ? (
        <KnowledgeForm
          draft={editing.draft}
          editingId={editing.id}
          onCancel={() => setEditing(null)}
          onSaved={(_entry, created) => {
            setEditing(null);
            setNotice(created ? k.form.created : k.form.updated);
            void list.reload();
          }}
        />
      ) : null}
      <div class="grid-2">
        <ImportBox onImported={() => void list.reload()} />
        <TestQuestion />
      </div>
      <TestBatch />
      <section class="card stack" aria-labelledby="kl-title">
        <h2 id="kl-title" class="visually-hidden">
          {k.title}
        </h2>
        <form class="row filters" onSubmit={(e) => e.preventDefault()}>
          <TextField
            label={k.searchLabel}
            type="search"
            value={q}
            onInput={(e) => setQ(e.currentTarget.value)}
          />
          <SelectField
            label={t.knowledge.form.lang}
            value={lang}
            onChange={(e) => setLang(e.currentTarget.value)}
            options={[
              { value: "", label: k.allLanguages },
              { value: "en", label: "English" },
              { value: "es", label: "Español" },
            ]}
          />
        </form>
        <ErrorNotice error={list.error ?? remove.error} />
        {list.data ? (
          <KnowledgeTable
            entries={list.data.entries}
            onEdit={(e) => {
              setNotice(null);
              setEditing({ draft: draftOf(e), id: e.id });
            }}
            onDelete={deleteEntry}
          />
        ) : (
          <Loading label={t.loading} />
        )}
      </section>
    </>
  );
}
