import { useEffect, useRef } from "preact/hooks";
import type { WidgetStrings } from "../../../i18n/widget-strings";
import type { ChatControls } from "../use-chat";
import { Composer } from "./composer";
import { EmailForm } from "./email-form";
import { EndedPanel } from "./ended-panel";
import { MessageList } from "./message-list";
import { showsHumanControl, statusLine, typingLabel } from "./status-line";

export interface ChatWindowProps {
  chat: ChatControls;
  strings: WidgetStrings;
  open: boolean;
  /** Null when the app runs on its own page, with nothing to close. */
  onClose: (() => void) | null;
}

/** The whole chat: header, conversation, typing indicator, and the one input the state calls for. */
export function ChatWindow({ chat, strings, open, onClose }: ChatWindowProps) {
  const { state } = chat;
  const status = state.conversation?.status;
  const input = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  // Focus follows the chat: into the input when it opens and when the input changes with the state.
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open, status]);
  const typing = typingLabel(state, strings);
  return (
    <div class="chat">
      <header class="head">
        <div class="titles">
          <h1 id="relevo-title">{strings.title}</h1>
          <p class="status" data-testid="status">{statusLine(state, strings)}</p>
        </div>
        {onClose && (
          <button type="button" class="close" aria-label={strings.close} onClick={onClose}>
            <span aria-hidden="true">✕</span>
          </button>
        )}
      </header>
      <MessageList
        messages={state.messages}
        conversation={state.conversation}
        pendingText={state.pendingText}
        strings={strings}
        busy={state.busy}
        onAction={(action) => void chat.send({ action })}
      />
      <div class="typing" role="status" data-testid="typing">
        {typing && <span class="dots" aria-hidden="true" />}
        {typing}
      </div>
      {state.failed && (
        <p class="error" role="alert">
          {strings.failed}{" "}
          {!state.conversation && (
            <button type="button" class="link-button" onClick={chat.retry}>
              {strings.retry}
            </button>
          )}
        </p>
      )}
      <footer class="foot">
        {showsHumanControl(state.conversation) && (
          <button type="button" class="human" disabled={state.busy} onClick={() => void chat.send({ action: "human.request" })}>
            {strings.talkToPerson}
          </button>
        )}
        {status === "ticketed" ? (
          <EndedPanel strings={strings} busy={state.loading} onStartNew={() => void chat.startNew()} />
        ) : status === "collecting_email" ? (
          <EmailForm
            strings={strings}
            inputRef={input}
            busy={state.busy}
            onSubmit={(text) => chat.send({ text })}
            onDecline={() => void chat.send({ action: "email.decline" })}
          />
        ) : (
          <Composer strings={strings} inputRef={input} onSend={(text) => chat.send({ text })} />
        )}
      </footer>
    </div>
  );
}
