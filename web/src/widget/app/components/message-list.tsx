import type { ConversationDto, MessageDto } from "@relevo/contracts";
import { useRef } from "preact/hooks";
import type { WidgetStrings } from "../../../i18n/widget-strings";
import { type MessageActions, MessageItem, type VisitorAction } from "./message-item";
import { useStickToBottom } from "./use-stick-to-bottom";

export interface MessageListProps {
  messages: MessageDto[];
  conversation: ConversationDto | null;
  pendingText: string | null;
  /** The AI's reply while it is generated; not announced (aria-hidden), the stored message is. */
  draft: string | null;
  strings: WidgetStrings;
  busy: boolean;
  onAction(action: VisitorAction): void;
}

/**
 * Buttons only on the latest message and only while its question is open: old buttons would answer a
 * question that has moved on. "Never mind" while collecting the email lives in the email form.
 */
function actionsFor(message: MessageDto, isLast: boolean, status: ConversationDto["status"] | undefined): MessageActions {
  if (!isLast || !message.actions) return [];
  if (status === "offering") return message.actions.filter((a) => a.type !== "email.decline");
  return [];
}

/** Where "<name> joined" goes: before the first message from a person, or at the end while they have not written. */
function joinIndex(messages: MessageDto[], conversation: ConversationDto | null): number | null {
  const name = conversation?.agentName;
  if (!name || conversation.status !== "with_agent") return null;
  // The server may announce it itself; then ours would be a duplicate.
  if (messages.some((m) => m.author === "system" && m.text.includes(name))) return null;
  const first = messages.findIndex((m) => m.author === "agent");
  return first === -1 ? messages.length : first;
}

/** The conversation, announced to screen readers as it grows (role="log" is polite by default). */
export function MessageList({ messages, conversation, pendingText, draft, strings, busy, onAction }: MessageListProps) {
  const list = useRef<HTMLOListElement>(null);
  useStickToBottom(list, `${messages.length}:${pendingText ?? ""}:${draft?.length ?? 0}:${conversation?.status}`);
  const join = joinIndex(messages, conversation);
  const joined = join !== null && conversation?.agentName ? (
    <li key="joined" class="msg notice" data-testid="agent-joined">
      {strings.agentJoined(conversation.agentName)}
    </li>
  ) : null;
  return (
    <ol class="log" ref={list} role="log" aria-live="polite" aria-relevant="additions" aria-label={strings.messages}>
      {messages.map((message, index) => [
        index === join ? joined : null,
        <MessageItem
          key={message.id}
          message={message}
          strings={strings}
          actions={actionsFor(message, index === messages.length - 1, conversation?.status)}
          busy={busy}
          onAction={onAction}
        />,
      ])}
      {join === messages.length && joined}
      {pendingText !== null && (
        <li class="msg visitor pending" aria-hidden="true">
          <span class="who">{strings.you}</span>
          <div class="text">{pendingText}</div>
        </li>
      )}
      {draft !== null && (
        <li class="msg draft" aria-hidden="true" data-testid="draft">
          <span class="who">{strings.assistant}</span>
          <div class="text">{draft}</div>
        </li>
      )}
    </ol>
  );
}
