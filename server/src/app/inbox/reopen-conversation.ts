import { endedStatuses } from "../../domain/conversation/conversation-status.js";
import { AppError } from "../../domain/errors.js";
import type { UserRecord } from "../../domain/records.js";
import type { AppDeps } from "../app-deps.js";
import { changeConversation } from "./change-conversation.js";
import { joinAsAgent } from "./join-as-agent.js";

/** Reopens a resolved (or ticketed) conversation; the agent who reopens it holds it. */
export async function reopenConversation(deps: AppDeps, by: UserRecord, conversationId: string) {
  return changeConversation(deps, conversationId, (c) => {
    if (!endedStatuses.includes(c.status)) {
      throw new AppError("invalid_state", c.status === "with_agent" || c.status === "queued"
        ? "This conversation is still open."
        : "The shopper is talking to the AI again: it can be handed over from there.");
    }
    return joinAsAgent(by, c, "reopened");
  });
}
