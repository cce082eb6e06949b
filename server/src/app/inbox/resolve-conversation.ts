import { shopperTexts } from "../../domain/conversation/shopper-texts.js";
import { endedStatuses } from "../../domain/conversation/conversation-status.js";
import { AppError } from "../../domain/errors.js";
import type { UserRecord } from "../../domain/records.js";
import type { AppDeps } from "../app-deps.js";
import { changeConversation } from "./change-conversation.js";

/**
 * Marks a conversation handed to people as resolved. The shopper's next message starts a fresh AI context
 * (the turn policy's `context_restarted`). The holder, an admin, or anyone for a still-queued one may resolve.
 */
export async function resolveConversation(deps: AppDeps, by: UserRecord, conversationId: string) {
  return changeConversation(deps, conversationId, (c) => {
    if (endedStatuses.includes(c.status)) throw new AppError("conversation_resolved", "This conversation is already resolved.");
    if (c.status !== "queued" && c.status !== "with_agent") {
      throw new AppError("invalid_state", "The AI is handling this conversation; only conversations handed to people are resolved here.");
    }
    if (c.status === "with_agent" && c.assignedUserId !== by.id && by.role !== "admin") {
      throw new AppError("not_assigned_to_you", "Another agent holds this conversation.");
    }
    return {
      event: { name: "resolved_by_agent", data: { userId: by.id } },
      messages: [{ author: "system", authorName: null, userId: by.id, internal: false, text: shopperTexts(c.locale).resolved_by_agent }],
    };
  });
}
