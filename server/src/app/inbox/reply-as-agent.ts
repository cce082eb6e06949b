import type { UserRecord } from "../../domain/records.js";
import type { AppDeps } from "../app-deps.js";
import { assertHolds } from "./assert-may-act.js";
import { changeConversation } from "./change-conversation.js";
import { queueEmailIfShopperGone } from "./queue-email-if-shopper-gone.js";

/**
 * An agent writes in a conversation. A reply (only by the agent holding it) goes live to the shopper's
 * chat, and by email when their chat is closed and they gave an address. An internal note may be left on
 * any conversation and is never shown to the shopper.
 */
export async function replyAsAgent(deps: AppDeps, agent: UserRecord, conversationId: string, input: { text: string; internal: boolean }) {
  const { storeName } = await deps.settings();
  return changeConversation(deps, conversationId, (c) => {
    if (!input.internal) assertHolds(c, agent);
    return {
      messages: [{ author: "agent", authorName: agent.name, userId: agent.id, text: input.text, internal: input.internal }],
      ...(input.internal ? {} : { alsoWrite: (repos, written) => queueEmailIfShopperGone(deps, repos, written, { storeName, agentName: agent.name }) }),
    };
  });
}
