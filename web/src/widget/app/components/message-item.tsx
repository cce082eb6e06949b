import type { MessageDto } from "@relevo/contracts";
import type { WidgetStrings } from "../../../i18n/widget-strings";
import { ExternalLink, RichText } from "./rich-text";
import { safeHttpUrl } from "./safe-url";

export type MessageActions = NonNullable<MessageDto["actions"]>;
export type VisitorAction = MessageActions[number]["type"];

export interface MessageItemProps {
  message: MessageDto;
  strings: WidgetStrings;
  /** Action buttons to show (only on the latest message, while its question is open). */
  actions: MessageActions;
  busy: boolean;
  onAction(action: VisitorAction): void;
}

function authorLabel(message: MessageDto, strings: WidgetStrings): string {
  if (message.author === "visitor") return strings.you;
  if (message.author === "agent") return message.authorName || strings.team;
  if (message.author === "system") return strings.system;
  return strings.assistant;
}

function Citations({ citations, strings }: { citations: NonNullable<MessageDto["citations"]>; strings: WidgetStrings }) {
  return (
    <ul class="sources" aria-label={strings.sources}>
      {citations.map((citation) => {
        const url = safeHttpUrl(citation.url);
        return (
          <li key={citation.knowledgeId}>
            {url ? <ExternalLink href={url}>{citation.title}</ExternalLink> : <span>{citation.title}</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** One message: who wrote it, its text (never HTML), its sources and, when current, its buttons. */
export function MessageItem({ message, strings, actions, busy, onAction }: MessageItemProps) {
  const fromRelevo = message.author === "ai" || message.author === "system";
  return (
    <li class={`msg ${message.author}`} data-message-id={message.id}>
      <span class="who">{authorLabel(message, strings)}</span>
      <div class="text">
        <RichText text={message.text} links={fromRelevo} />
      </div>
      {message.citations && message.citations.length > 0 && <Citations citations={message.citations} strings={strings} />}
      {actions.length > 0 && (
        <div class="actions">
          {actions.map((action) => (
            <button key={action.type} type="button" disabled={busy} onClick={() => onAction(action.type)}>
              {action.label}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}
