import { pickRoundRobin } from "../../domain/inbox/pick-round-robin.js";
import type { ConversationRecord } from "../../domain/records.js";
import { claimConversation } from "./claim-conversation.js";
import type { ChangeDeps } from "./change-conversation.js";
import { loadInboxSettings } from "./inbox-settings.js";
import { listAgents } from "./list-agents.js";

/**
 * With round-robin on, a newly queued conversation goes straight to the next online agent under the load
 * limit; with nobody eligible (or manual assignment) it stays queued for someone to claim.
 */
export async function assignRoundRobin(deps: ChangeDeps, conversation: ConversationRecord): Promise<void> {
  if (conversation.status !== "queued") return;
  // Best effort after the shopper's turn committed: if it fails (or someone claimed it first), it stays queued.
  await assignNext(deps, conversation).catch(() => undefined);
}

async function assignNext(deps: ChangeDeps, conversation: ConversationRecord): Promise<void> {
  const { repos } = deps.uow;
  const settings = await loadInboxSettings(repos);
  if (settings.assignment.mode !== "round_robin") return;
  const [agents, loads] = await Promise.all([listAgents(repos, deps.now()), repos.inbox.agentLoads()]);
  const load = new Map(loads.map((l) => [l.userId, l]));
  const candidates = agents.map((a) => ({ userId: a.id, presence: a.presence, open: load.get(a.id)?.open ?? 0, lastAssignedAt: load.get(a.id)?.lastAssignedAt ?? null }));
  const userId = pickRoundRobin(candidates, settings.assignment.loadLimit);
  const agent = userId ? await repos.users.findById(userId) : null;
  if (!agent) return;
  await claimConversation(deps, agent, conversation.id, "auto");
}
