import type { KnowledgeEntryDto } from "@relevo/contracts";
import { useI18n } from "../lib/i18n";

interface Props {
  entries: KnowledgeEntryDto[];
  onEdit(entry: KnowledgeEntryDto): void;
  onDelete(entry: KnowledgeEntryDto): void;
}

export function KnowledgeTable({ entries, onEdit, onDelete }: Props) {
  const { t } = useI18n();
  const k = t.knowledge;
  return (
    <>
      <p class="muted small" role="status">
        {k.count(entries.length)}
      </p>
      {entries.length === 0 ? (
        <p class="muted">{k.empty}</p>
      ) : (
        <div class="table-wrap">
          <table class="knowledge-table">
            <thead>
              <tr>
                <th scope="col">{k.columns.kind}</th>
                <th scope="col">{k.columns.lang}</th>
                <th scope="col">{k.columns.title}</th>
                <th scope="col">{k.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => {
                const name = e.question ?? e.title ?? e.id;
                return (
                  <tr key={e.id}>
                    <td>
                      <span class="badge">{k.kinds[e.kind]}</span>
                    </td>
                    <td>{e.lang}</td>
                    <td>
                      <span class="entry-title">{name}</span>
                      <span class="muted small block">{e.id}</span>
                    </td>
                    <td class="actions">
                      <button type="button" onClick={() => onEdit(e)} aria-label={`${t.edit}: ${name}`}>
                        {t.edit}
                      </button>
                      <button
                        type="button"
                        class="danger"
                        onClick={() => onDelete(e)}
                        aria-label={`${t.delete}: ${name}`}
                      >
                        {t.delete}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
