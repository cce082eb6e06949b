import type { Repos } from "../../domain/ports.js";
import type { ConversationRecord } from "../../domain/records.js";

/** Console users' display names by id, for showing who holds what (a store has a handful of agents). */
export async function agentNames(repos: Repos): Promise<Map<string, string>> {
  return new Map((await repos.users.list()).map((u) => [u.id, u.name]));
}

/** The name the shopper sees for the person holding their conversation; null while nobody does. */
export async function holderName(repos: Repos, conversation: ConversationRecord): Promise<string | null> {
  if (conversation.status !== "with_agent" || !conversation.assignedUserId) return null;
  return (await repos.users.findById(conversation.assignedUserId))?.name ?? null;
}
