import { useEffect, useRef } from "preact/hooks";
import type { WidgetStrings } from "../../../i18n/widget-strings";
import type { ChatState } from "../chat-state";
import type { ChatControls } from "../use-chat";
import { ChatFooter } from "./chat-footer";
import { MessageList } from "./message-list";
import { statusLine, typingLabel } from "./status-line";

export interface ChatWindowProps {
  chat: ChatControls;
  strings: WidgetStrings;
  open: boolean;
  /** Null when the app runs on its own page, with nothing to close. */
  onClose: (() => void) | null;
}

function ChatHeader({ state, strings, onClose }: { state: ChatState; strings: WidgetStrings; onClose: (() => void) | null }) {
  return (
    <header class="head">
      <div class="titles">
        <h1 id="relevo-title">{strings.title}</h1>
        <p class="status" data-testid="status">
          {statusLine(state, strings)}
        </p>
      </div>
      {onClose && (
        <button type="button" class="close" aria-label={strings.close} onClick={onClose}>
          <span aria-hidden="true">✕</span>
        </button>
      )}
    </header>
  );
}

/** The whole chat: header, conversation, typing indicator, errors and the footer. */
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
      <ChatHeader state={state} strings={strings} onClose={onClose} />
      <MessageList
        messages={state.messages}
        conversation={state.conversation}
        pendingText={state.pendingText}
        draft={state.draft?.text ?? null}
        strings={strings}
        busy={state.busy}
        onAction={(action) => void chat.send({ action })}
      />
      {/* A growing draft replaces the dots on screen; screen readers keep the status and hear the stored reply. */}
      <div class={state.draft ? "typing visually-hidden" : "typing"} role="status" data-testid="typing">
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
      <ChatFooter chat={chat} strings={strings} inputRef={input} />
    </div>
  );
}
