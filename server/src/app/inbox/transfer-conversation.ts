import { AppError } from "../../domain/errors.js";
import type { UserRecord } from "../../domain/records.js";
import type { AppDeps } from "../app-deps.js";
import { assertHolds } from "./assert-may-act.js";
import { changeConversation } from "./change-conversation.js";
import { joinAsAgent } from "./join-as-agent.js";

/**
 * Hands a conversation to another console user: the holder (or an admin) transfers a live one; anyone may
 * assign a queued one. The shopper reads that the new person joined; agents get an internal note of who did it.
 */
export async function transferConversation(deps: AppDeps, by: UserRecord, conversationId: string, targetId: string) {
  const target = await deps.uow.repos.users.findById(targetId);
  if (!target) throw new AppError("user_not_found", `No console user with id ${targetId}.`);
  if (target.disabled) throw new AppError("invalid_action", `${target.name}'s account is disabled: choose another agent.`);
  return changeConversation(deps, conversationId, (c) => {
    if (c.status !== "queued" && !(by.role === "admin" && c.status === "with_agent")) assertHolds(c, by);
    if (c.assignedUserId === target.id && c.status === "with_agent") return null;
    const join = joinAsAgent(target, c, "transferred");
    const note = { author: "system" as const, authorName: null, userId: by.id, internal: true, text: `${by.name} transferred the conversation to ${target.name}.` };
    return { ...join, messages: [note, ...(join.messages ?? [])] };
  });
}
