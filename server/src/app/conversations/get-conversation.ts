import type { AppDeps } from "../app-deps.js";
import { authorizeVisitor } from "./authorize-visitor.js";

/** The shopper's view of their conversation: its state and every message but internal notes. */
export async function getConversation(deps: AppDeps, input: { conversationId: string; visitorToken: string | null }) {
  const conversation = await authorizeVisitor(deps.uow.repos, input.conversationId, input.visitorToken);
  const messages = await deps.uow.repos.messages.list(conversation.id, { includeInternal: false });
  return { conversation, messages };
}
