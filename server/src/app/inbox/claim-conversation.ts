import { endedStatuses } from "../../domain/conversation/conversation-status.js";
import { AppError } from "../../domain/errors.js";
import type { UserRecord } from "../../domain/records.js";
import { type ChangeDeps, changeConversation } from "./change-conversation.js";
import { joinAsAgent } from "./join-as-agent.js";

/**
 * An agent picks up a queued conversation. Claiming one's own conversation again is a no-op; racing
 * another agent for it ends in `already_claimed` for the loser (the version check decides).
 */
export async function claimConversation(deps: ChangeDeps, agent: UserRecord, conversationId: string, how: "claimed" | "auto" = "claimed") {
  return changeConversation(deps, conversationId, (c) => {
    if (c.status === "with_agent" && c.assignedUserId === agent.id) return null;
    if (c.status === "with_agent") throw new AppError("already_claimed", "Another agent has already taken this conversation.");
    if (endedStatuses.includes(c.status)) throw new AppError("conversation_resolved", "This conversation is resolved: reopen it instead.");
    if (c.status !== "queued") throw new AppError("invalid_state", "Only queued conversations can be claimed; the AI is still handling this one.");
    return joinAsAgent(agent, c, how);
  });
}
