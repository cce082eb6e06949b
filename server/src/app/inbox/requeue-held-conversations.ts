import type { UserRecord } from "../../domain/records.js";
import type { AppDeps } from "../app-deps.js";
import { changeConversation } from "./change-conversation.js";

/** A store has few agents; one holding more live conversations than this is not a real case. */
const maxHeld = 1_000;

/**
 * When an agent's account is disabled, the live conversations they held go back to the queue (the state
 * machine's queued_for_inbox from with_agent), so no shopper waits on someone who cannot log in.
 */
export async function requeueHeldConversations(deps: AppDeps, agent: UserRecord, by: UserRecord | null): Promise<number> {
  const held = await deps.uow.repos.inbox.list({ statuses: ["with_agent"], assignedUserId: agent.id, limit: maxHeld });
  for (const conversation of held) {
    await changeConversation(deps, conversation.id, (c) => {
      if (c.status !== "with_agent" || c.assignedUserId !== agent.id) return null;
      return {
        event: { name: "queued_for_inbox", data: { reason: "agent_disabled", userId: agent.id } },
        assignedUserId: null,
        messages: [{ author: "system", authorName: null, userId: by?.id ?? null, internal: true, text: `${agent.name}'s account was disabled: the conversation is back in the queue.` }],
      };
    });
  }
  return held.length;
}
