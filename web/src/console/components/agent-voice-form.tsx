import { useEffect, useState } from "preact/hooks";
import { useI18n } from "../lib/i18n";
import type { AgentTone, StoreSettings } from "../lib/types";
import { api } from "../lib/api";
import { useAction } from "../lib/use-action";
import { SelectField, TextArea } from "./field";
import { ErrorNotice, Notice } from "./notice";

const tones: AgentTone[] = ["neutral", "friendly", "formal"];

/** Settings → Store → the AI agent's voice: its tone and the phrases it must never use. */
export function AgentVoiceForm({
  settings,
  onSaved,
}: {
  settings: StoreSettings;
  onSaved: (s: StoreSettings) => void;
}) {
  const { t } = useI18n();
  const v = t.store.voice;
  const [tone, setTone] = useState<AgentTone>(settings.agentVoice.tone);
  const [phrases, setPhrases] = useState(settings.agentVoice.forbiddenPhrases.join("\n"));
  const save = useAction();
  useEffect(() => {
    setTone(settings.agentVoice.tone);
    setPhrases(settings.agentVoice.forbiddenPhrases.join("\n"));
  }, [settings]);
  const submit = (event: Event) => {
    event.preventDefault();
    void save.run(async () => {
      const forbiddenPhrases = phrases
        .split("\n")
        .map((p) => p.trim())
        .filter(Boolean);
      onSaved(await api<StoreSettings>("PUT", "/admin/settings/agent-voice", { tone, forbiddenPhrases }));
      return v.saved;
    });
  };
  return (
    <form class="card stack" onSubmit={submit} aria-labelledby="voice-title">
      <h2 id="voice-title">{v.title}</h2>
      <p class="hint">{v.intro(settings.storeName)}</p>
      <SelectField
        label={v.tone}
        value={tone}
        options={tones.map((value) => ({ value, label: v.tones[value] }))}
        onChange={(e) => setTone(e.currentTarget.value as AgentTone)}
      />
      <TextArea
        label={v.forbidden}
        hint={v.forbiddenHint}
        rows={4}
        value={phrases}
        onInput={(e) => setPhrases(e.currentTarget.value)}
      />
      {save.done ? <Notice kind="ok">{save.done}</Notice> : null}
      <ErrorNotice error={save.error} />
      <div class="row">
        <button class="primary" type="submit" disabled={save.busy}>
          {save.busy ? t.saving : t.save}
        </button>
      </div>
    </form>
  );
}
