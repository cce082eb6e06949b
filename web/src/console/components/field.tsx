import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from "preact";
import { useId } from "preact/hooks";

interface Common {
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  /** Optional fields say so in the label instead of marking every required one. */
  optionalLabel?: string | undefined;
}

function Described({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | null | undefined;
}) {
  return (
    <>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(id: string, hint?: string, error?: string | null): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

function Label({
  id,
  label,
  optionalLabel,
}: {
  id: string;
  label: string;
  optionalLabel?: string | undefined;
}) {
  return (
    <label for={id}>
      {label}
      {optionalLabel ? <span class="muted"> ({optionalLabel})</span> : null}
    </label>
  );
}

type InputProps = Common & Omit<InputHTMLAttributes<HTMLInputElement>, "label">;

/** A labelled input with its hint and error wired to aria-describedby. */
export function TextField({ label, hint, error, optionalLabel, id: givenId, ...input }: InputProps) {
  const autoId = useId();
  const id = typeof givenId === "string" ? givenId : autoId;
  return (
    <div class="field">
      <Label id={id} label={label} optionalLabel={optionalLabel} />
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

type AreaProps = Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "label">;

export function TextArea({ label, hint, error, optionalLabel, id: givenId, ...area }: AreaProps) {
  const autoId = useId();
  const id = typeof givenId === "string" ? givenId : autoId;
  return (
    <div class="field">
      <Label id={id} label={label} optionalLabel={optionalLabel} />
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...area}
      />
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

type SelectProps = Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "label"> & {
    options: ReadonlyArray<{ value: string; label: string }>;
  };

export function SelectField({
  label,
  hint,
  error,
  optionalLabel,
  options,
  id: givenId,
  ...select
}: SelectProps) {
  const autoId = useId();
  const id = typeof givenId === "string" ? givenId : autoId;
  return (
    <div class="field">
      <Label id={id} label={label} optionalLabel={optionalLabel} />
      <select id={id} aria-describedby={describedBy(id, hint, error)} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

/** A file picker: the caller reads the chosen file (its text is sent as JSON, never a multipart upload). */
export function FileField({
  id,
  label,
  accept,
  describedBy: hintId,
  onFile,
}: {
  id: string;
  label: string;
  accept: string;
  describedBy?: string;
  onFile(file: File | null): void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type="file" accept={accept} required aria-describedby={hintId} onChange={(e) => onFile(e.currentTarget.files?.[0] ?? null)} />
    </div>
  );
}
