import { useState } from "preact/hooks";
import { api, field } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { useAction } from "../lib/use-action";
import { SelectField, TextArea } from "./field";
import { ErrorNotice } from "./notice";

interface Citation {
  title: string;
  url?: string | undefined;
}

function citationsOf(decision: Record<string, unknown>): Citation[] {
  const list = decision.citations;
  if (!Array.isArray(list)) return [];
  return list.flatMap((c: unknown) => {
    const title = field(c, "title");
    const url = field(c, "url");
    return typeof title === "string" ? [{ title, url: typeof url === "string" ? url : undefined }] : [];
  });
}

/** What the agent decides: the answer with its sources, or a handoff and why. Texts render as text. */
function DecisionView({ decision }: { decision: Record<string, unknown> }) {
  const { t } = useI18n();
  const s = t.knowledge.test;
  const kind = String(decision.kind);
  const lang = typeof decision.lang === "string" ? decision.lang : null;
  if (kind === "answer") {
    const citations = citationsOf(decision);
    return (
      <div class="decision answer" data-kind={kind}>
        <p>
          <strong>{s.answer}</strong>
        </p>
        <p class="pre">{String(decision.text ?? "")}</p>
        {citations.length > 0 ? (
          <>
            <p class="muted small">{s.sources}</p>
            <ul>
              {citations.map((c, i) => (
                <li key={`${i}-${c.title}`}>
                  {c.url ? (
                    <a href={c.url} target="_blank" rel="noopener noreferrer">
                      {c.title}
                    </a>
                  ) : (
                    c.title
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {lang ? <p class="muted small">{s.lang(lang)}</p> : null}
      </div>
    );
  }
  const handsOff = kind === "no_knowledge" || kind === "human_request" || kind === "safety";
  const safety = typeof decision.safety === "string" ? (s.safety[decision.safety] ?? decision.safety) : null;
  return (
    <div class={`decision ${handsOff ? "handoff" : "other"}`} data-kind={kind}>
      {handsOff ? (
        <p>
          <strong>{s.handoff}</strong>
        </p>
      ) : null}
      <p>
        {s.why[kind] ?? kind}
        {safety ? `: ${safety}` : null}
      </p>
      {lang ? <p class="muted small">{s.lang(lang)}</p> : null}
    </div>
  );
}

/** "Test a question" against the live knowledge, without starting a conversation. */
export function TestQuestion() {
  const { t } = useI18n();
  const s = t.knowledge.test;
  const [text, setText] = useState("");
  const [locale, setLocale] = useState("");
  const [decision, setDecision] = useState<Record<string, unknown> | null>(null);
  const action = useAction();
  const submit = (event: Event) => {
    event.preventDefault();
    void action.run(async () => {
      const result = await api<{ decision: Record<string, unknown> }>("POST", "/admin/knowledge/test", {
        text,
        ...(locale ? { locale } : {}),
      });
      setDecision(result.decision);
    });
  };
  return (
    <form class="card stack" onSubmit={submit} aria-labelledby="test-title">
      <h2 id="test-title">{s.title}</h2>
      <p class="hint">{s.hint}</p>
      <TextArea
        label={s.question}
        rows={2}
        required
        maxLength={4000}
        name="test-question"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <SelectField
        label={s.locale}
        value={locale}
        onChange={(e) => setLocale(e.currentTarget.value)}
        options={[
          { value: "", label: s.auto },
          { value: "en", label: "English" },
          { value: "es", label: "Español" },
        ]}
      />
      <button class="primary" type="submit" disabled={action.busy}>
        {action.busy ? s.testing : s.submit}
      </button>
      <ErrorNotice error={action.error} />
      <div aria-live="polite">{decision ? <DecisionView decision={decision} /> : null}</div>
    </form>
  );
}
