import { createUser } from "../../../src/app/auth/create-user.js";
import { claimConversation } from "../../../src/app/inbox/claim-conversation.js";
import { replyAsAgent } from "../../../src/app/inbox/reply-as-agent.js";
import type { Relevo } from "../../../src/main.js";

/** A support agent working in Relevo's Inbox, through the same use cases the console calls. */
export async function supportAgent(relevo: Relevo, name: string) {
  const agent = await createUser(relevo.deps, { email: `${name.toLowerCase()}@northwind.example`, name, role: "agent", password: "correct horse battery" });
  return {
    claim: (conversationId: string) => claimConversation(relevo.deps, agent, conversationId),
    reply: (conversationId: string, text: string) => replyAsAgent(relevo.deps, agent, conversationId, { text, internal: false }),
  };
}
