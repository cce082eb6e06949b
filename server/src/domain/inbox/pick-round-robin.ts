import type { Presence } from "./inbox-ports.js";

export interface AssignmentCandidate {
  userId: string;
  presence: Presence;
  open: number;
  lastAssignedAt: Date | null;
}

/**
 * Round-robin among online agents: the one who waited longest since their last assignment, skipping
 * anyone already holding `loadLimit` open conversations. Null when nobody qualifies (stays queued).
 */
export function pickRoundRobin(candidates: AssignmentCandidate[], loadLimit: number): string | null {
  const eligible = candidates.filter((c) => c.presence === "online" && c.open < loadLimit);
  eligible.sort((a, b) => (a.lastAssignedAt?.getTime() ?? 0) - (b.lastAssignedAt?.getTime() ?? 0) || a.userId.localeCompare(b.userId));
  return eligible[0]?.userId ?? null;
}
