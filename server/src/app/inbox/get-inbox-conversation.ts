import { AppError } from "../../domain/errors.js";
import { socketGraceMs } from "../../domain/inbox/inbox-settings.js";
import type { AppDeps } from "../app-deps.js";
import { agentNames } from "./agent-names.js";

/** A conversation as agents see it: transcript with notes, handoff packets and their delivery, emails sent. */
export async function getInboxConversation(deps: AppDeps, conversationId: string) {
  const { repos } = deps.uow;
  const conversation = await repos.conversations.findById(conversationId);
  if (!conversation) throw new AppError("conversation_not_found", `No conversation with id ${conversationId}.`);
  const since = new Date(deps.now().getTime() - socketGraceMs);
  const [messages, handoffs, emails, names, shopperOnline] = await Promise.all([
    repos.messages.list(conversationId, { includeInternal: true }),
    repos.handoffs.listByConversation(conversationId),
    repos.outboundEmails.listByConversation(conversationId),
    agentNames(repos),
    repos.presence.hasLiveSocket("visitor", conversationId, since),
  ]);
  return { conversation, messages, handoffs, emails, names, shopperOnline };
}
