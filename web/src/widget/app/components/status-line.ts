import type { ConversationDto } from "@relevo/contracts";
import type { WidgetStrings } from "../../../i18n/widget-strings";
import type { ChatState } from "../chat-state";

/** The line under the title: the connection when it is down, else who is answering. */
export function statusLine(state: ChatState, strings: WidgetStrings): string {
  if (state.loading && !state.conversation) return strings.connecting;
  if (state.connection === "reconnecting") return strings.reconnecting;
  const conversation = state.conversation;
  if (!conversation) return "";
  const status = conversation.status;
  if (status === "with_agent") return strings.status.with_agent(conversation.agentName || strings.team);
  return strings.status[status];
}

/** "Talk to a person" is always there while the AI is answering, when the store offers people at all. */
export function showsHumanControl(conversation: ConversationDto | null): boolean {
  if (!conversation?.humanAvailable) return false;
  return conversation.status === "ai" || conversation.status === "offering" || conversation.status === "resolved";
}

export function typingLabel(state: ChatState, strings: WidgetStrings): string {
  if (state.typing) return strings.agentTyping(state.typing);
  return state.busy || state.typing === "" ? strings.typing : "";
}
