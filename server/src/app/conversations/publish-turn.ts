import type { EventPublisher } from "../../domain/domain-events.js";
import type { ConversationRecord, HandoffRecord, MessageRecord } from "../../domain/records.js";

/** Announces a committed turn: each new message, the conversation's new state, and a handoff if any. */
export function publishTurn(
  events: EventPublisher,
  turn: { conversation: ConversationRecord; messages: MessageRecord[]; handoff?: HandoffRecord | null },
): void {
  const conversationId = turn.conversation.id;
  for (const message of turn.messages) events.publish({ type: "message.created", conversationId, message });
  events.publish({ type: "conversation.updated", conversationId, conversation: turn.conversation });
  if (turn.handoff) events.publish({ type: "conversation.handed_off", conversationId, handoff: turn.handoff });
}
