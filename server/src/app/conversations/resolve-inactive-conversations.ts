import { transition } from "../../domain/conversation/conversation-state-machine.js";
import type { ConversationRecord } from "../../domain/records.js";
import type { AppDeps } from "../app-deps.js";

/**
 * Resolves conversations the AI holds that went quiet (DESIGN.md §2: inactive for N minutes → resolved).
 * Each is a versioned update, so a shopper writing at that very moment wins and the conversation stays open.
 */
export async function resolveInactiveConversations(
  deps: Pick<AppDeps, "uow" | "events" | "now">,
  inactiveMinutes: number,
  batch = 200,
): Promise<number> {
  const now = deps.now();
  const stale = await deps.uow.repos.conversations.listInactive(new Date(now.getTime() - inactiveMinutes * 60_000), batch);
  let resolved = 0;
  for (const conversation of stale) {
    const done = await deps.uow.transaction(async (repos) => {
      const to = transition(conversation.status, "resolved_inactive");
      const changes = { status: to, pendingReason: null, updatedAt: now };
      if (!(await repos.conversations.updateIfVersion(conversation.id, conversation.version, changes))) return null;
      await repos.events.append(conversation.id, [{ name: "resolved_inactive", from: conversation.status, to, data: { inactiveMinutes } }], now);
      const updated: ConversationRecord = { ...conversation, ...changes, version: conversation.version + 1 };
      return updated;
    });
    if (done) {
      resolved += 1;
      deps.events.publish({ type: "conversation.updated", conversationId: done.id, conversation: done });
    }
  }
  return resolved;
}
