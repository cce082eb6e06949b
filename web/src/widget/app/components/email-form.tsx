import type { Ref } from "preact";
import { useState } from "preact/hooks";
import type { WidgetStrings } from "../../../i18n/widget-strings";
import { checkEmail, type EmailCheck } from "../email-check";

export interface EmailFormProps {
  strings: WidgetStrings;
  inputRef: Ref<HTMLInputElement>;
  busy: boolean;
  onSubmit(email: string): Promise<boolean>;
  onDecline(): void;
}

/** Asked while the conversation is `collecting_email`: checked as the shopper submits, explained inline. */
export function EmailForm({ strings, inputRef, busy, onSubmit, onDecline }: EmailFormProps) {
  const [email, setEmail] = useState("");
  const [problem, setProblem] = useState<Exclude<EmailCheck, "ok"> | null>(null);
  const submit = async () => {
    const check = checkEmail(email);
    if (check !== "ok") return setProblem(check);
    setProblem(null);
    if (await onSubmit(email.trim())) setEmail("");
  };
  return (
    <form
      class="email-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label for="relevo-email">{strings.emailLabel}</label>
      <p id="relevo-email-hint" class="hint">
        {strings.emailHint}
      </p>
      <div class="row">
        <input
          id="relevo-email"
          ref={inputRef}
          type="email"
          autocomplete="email"
          inputMode="email"
          value={email}
          aria-invalid={problem !== null}
          aria-describedby={problem ? "relevo-email-error relevo-email-hint" : "relevo-email-hint"}
          onInput={(event) => {
            setEmail(event.currentTarget.value);
            if (problem && checkEmail(event.currentTarget.value) === "ok") setProblem(null);
          }}
        />
        <button type="submit" disabled={busy}>
          {strings.emailSubmit}
        </button>
      </div>
      {problem && (
        <p id="relevo-email-error" class="field-error" role="alert">
          {problem === "missing" ? strings.emailMissing : strings.emailInvalid}
        </p>
      )}
      <button type="button" class="link-button" disabled={busy} onClick={onDecline}>
        {strings.neverMind}
      </button>
    </form>
  );
}
