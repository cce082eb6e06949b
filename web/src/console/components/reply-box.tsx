import { useState } from "preact/hooks";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { useAction } from "../lib/use-action";
import { ErrorNotice } from "./notice";

interface Props {
  conversationId: string;
  /** Only the holder may reply; anyone may leave an internal note. */
  mayReply: boolean;
  hint: string | null;
  onSent(): void;
}

/** Reply to the shopper or add an internal note. Enter sends, Shift+Enter starts a new line. */
export function ReplyBox({ conversationId, mayReply, hint, onSent }: Props) {
  const { t } = useI18n();
  const c = t.inbox.composer;
  const [mode, setMode] = useState<"reply" | "note">(mayReply ? "reply" : "note");
  const [text, setText] = useState("");
  const send = useAction();
  const internal = mode === "note" || !mayReply;
  const submit = (event?: Event) => {
    event?.preventDefault();
    if (!text.trim()) return;
    void send.run(async () => {
      await api("POST", `/inbox/conversations/${encodeURIComponent(conversationId)}/messages`, {
        text,
        internal,
      });
      setText("");
      onSent();
    });
  };
  return (
    <form class={`reply-box ${internal ? "is-note" : ""}`} onSubmit={submit}>
      <fieldset class="tabs small">
        <legend class="visually-hidden">{c.mode}</legend>
        <button type="button" aria-pressed={!internal} disabled={!mayReply} onClick={() => setMode("reply")}>
          {c.reply}
        </button>
        <button type="button" aria-pressed={internal} onClick={() => setMode("note")}>
          {c.noteMode}
        </button>
      </fieldset>
      {!mayReply ? <p class="hint">{c.claimFirst}</p> : hint ? <p class="hint">{hint}</p> : null}
      <label for="reply-text" class="visually-hidden">
        {internal ? c.noteLabel : c.replyLabel}
      </label>
      <textarea
        id="reply-text"
        rows={3}
        maxLength={4000}
        value={text}
        placeholder={internal ? c.noteLabel : c.replyLabel}
        aria-describedby="reply-hint"
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey && !e.isComposing) submit(e);
        }}
      />
      <div class="row spread">
        <span id="reply-hint" class="muted small">
          {c.hint}
        </span>
        <button class="primary" type="submit" disabled={send.busy || !text.trim()}>
          {send.busy ? c.sending : internal ? c.addNote : c.send}
        </button>
      </div>
      <ErrorNotice error={send.error} />
    </form>
  );
}
