import { messageTextMaxLength } from "../message-limits";
import type { Ref } from "preact";
import { useState } from "preact/hooks";
import type { WidgetStrings } from "../../../i18n/widget-strings";

export interface ComposerProps {
  strings: WidgetStrings;
  inputRef: Ref<HTMLTextAreaElement>;
  onSend(text: string): Promise<boolean>;
}

/** The message box. Enter sends, Shift+Enter adds a line; a failed send puts the text back. */
export function Composer({ strings, inputRef, onSend }: ComposerProps) {
  const [text, setText] = useState("");
  const tooLong = text.length > messageTextMaxLength;
  const submit = async () => {
    const value = text.trim();
    if (!value || tooLong) return;
    setText("");
    if (!(await onSend(value))) setText(value);
  };
  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label for="relevo-text" class="visually-hidden">
        {strings.messageLabel}
      </label>
      <textarea
        id="relevo-text"
        ref={inputRef}
        rows={1}
        value={text}
        placeholder={strings.placeholder}
        aria-invalid={tooLong}
        aria-describedby={tooLong ? "relevo-text-error" : undefined}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            void submit();
          }
        }}
      />
      <button type="submit" disabled={!text.trim() || tooLong}>
        {strings.send}
      </button>
      {tooLong && (
        <p id="relevo-text-error" class="field-error" role="alert">
          {strings.tooLong(messageTextMaxLength)}
        </p>
      )}
    </form>
  );
}
