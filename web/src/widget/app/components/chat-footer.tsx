import type { RefObject } from "preact";
import type { WidgetStrings } from "../../../i18n/widget-strings";
import type { ChatControls } from "../use-chat";
import { Composer } from "./composer";
import { EmailForm } from "./email-form";
import { EndedPanel } from "./ended-panel";
import { showsHumanControl } from "./status-line";

export interface ChatFooterProps {
  chat: ChatControls;
  strings: WidgetStrings;
  inputRef: RefObject<HTMLTextAreaElement & HTMLInputElement>;
}

/** "Talk to a person" while the AI answers, and the one input the state calls for. */
export function ChatFooter({ chat, strings, inputRef }: ChatFooterProps) {
  const { state } = chat;
  const status = state.conversation?.status;
  return (
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
          inputRef={inputRef}
          busy={state.busy}
          onSubmit={(text) => chat.send({ text })}
          onDecline={() => void chat.send({ action: "email.decline" })}
        />
      ) : (
        <Composer strings={strings} inputRef={inputRef} onSend={(text) => chat.send({ text })} />
      )}
    </footer>
  );
}
