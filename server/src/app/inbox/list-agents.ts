import { socketGraceMs } from "../../domain/inbox/inbox-settings.js";
import type { Presence } from "../../domain/inbox/inbox-ports.js";
import type { Repos } from "../../domain/ports.js";

/**
 * Console users with the presence others see: what they chose while their console is open; offline once
 * its socket has been silent past the grace period (closed tab, lost network, crashed process).
 */
export async function listAgents(repos: Repos, now: Date): Promise<Array<{ id: string; name: string; role: "admin" | "agent"; presence: Presence }>> {
  const rows = await repos.presence.agentPresences(new Date(now.getTime() - socketGraceMs));
  return rows.map((r) => ({ id: r.userId, name: r.name, role: r.role, presence: r.live ? r.chosen : "offline" }));
}
