import { useI18n } from "../lib/i18n";
import { TextArea } from "./field";
import { MessageLinks } from "./message-links";

export interface MessageTexts {
  en: string;
  es: string;
  defaultText: string;
}

/** The custom message per language (EN, ES) and the default for other languages, each with its links. */
export function MessageMethodFields({
  texts,
  onChange,
}: {
  texts: MessageTexts;
  onChange(texts: MessageTexts): void;
}) {
  const { t } = useI18n();
  const area = (key: keyof MessageTexts, label: string, required: boolean) => (
    <div class="message-text">
      <TextArea
        label={label}
        rows={3}
        maxLength={2000}
        required={required}
        optionalLabel={required ? undefined : t.optional}
        name={`message-${key}`}
        value={texts[key]}
        onInput={(e) => onChange({ ...texts, [key]: e.currentTarget.value })}
      />
      <MessageLinks text={texts[key]} />
    </div>
  );
  return (
    <div class="stack">
      <p class="hint">{t.handoff.linksHint}</p>
      {area("en", t.handoff.textFor.en, false)}
      {area("es", t.handoff.textFor.es, false)}
      {area("defaultText", t.handoff.defaultText, true)}
    </div>
  );
}
