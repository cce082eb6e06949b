import { shopperTexts } from "../../domain/conversation/shopper-texts.js";
import type { ConversationRecord, UserRecord } from "../../domain/records.js";
import type { ConversationChange } from "./change-conversation.js";

type How = "claimed" | "transferred" | "reopened" | "auto";

/** An agent takes the conversation: assigned to them, and the shopper reads "<name> joined the conversation". */
export function joinAsAgent(agent: Pick<UserRecord, "id" | "name">, conversation: ConversationRecord, how: How): ConversationChange {
  const event = how === "reopened" ? "reopened_by_agent" : "agent_joined";
  return {
    event: { name: event, data: { userId: agent.id, how, previousUserId: conversation.assignedUserId } },
    assignedUserId: agent.id,
    assigned: { userId: agent.id, how },
    messages: [{ author: "system", authorName: null, userId: null, internal: false, text: shopperTexts(conversation.locale).agent_joined(agent.name), meta: { decision: "agent_joined", userId: agent.id } }],
  };
}
