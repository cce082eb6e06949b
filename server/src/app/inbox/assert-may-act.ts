import { endedStatuses } from "../../domain/conversation/conversation-status.js";
import { AppError } from "../../domain/errors.js";
import type { ConversationRecord, Principal, UserRecord } from "../../domain/records.js";

/** Inbox actions are done by a person: admin API keys may read the Inbox but not speak in it. */
export function consoleUser(principal: Principal | null): UserRecord {
  if (principal?.kind !== "user") throw new AppError("forbidden", "Inbox actions need a console user; API keys can only read the Inbox.");
  return principal.user;
}

/** Only the agent who holds a live conversation speaks to the shopper in it. */
export function assertHolds(conversation: ConversationRecord, agent: UserRecord): void {
  if (endedStatuses.includes(conversation.status)) {
    throw new AppError("conversation_resolved", "This conversation is resolved: reopen it to reply.");
  }
  if (conversation.status === "queued") throw new AppError("not_assigned_to_you", "Claim this conversation before replying.");
  if (conversation.status !== "with_agent") {
    throw new AppError("not_assigned_to_you", "The AI is handling this conversation; it has not been handed to people.");
  }
  if (conversation.assignedUserId !== agent.id) {
    throw new AppError("not_assigned_to_you", "Another agent holds this conversation: ask them to transfer it to you.");
  }
}
