import { describe, expect, it } from "vitest";
import { pickRoundRobin } from "./pick-round-robin.js";

const agent = (userId: string, open: number, last: string | null, presence: "online" | "away" | "offline" = "online") => ({
  userId, open, presence, lastAssignedAt: last ? new Date(last) : null,
});

describe("pickRoundRobin", () => {
  it("gives the conversation to the online agent who waited longest", () => {
    expect(pickRoundRobin([agent("a", 1, "2026-01-01T10:00:00Z"), agent("b", 1, "2026-01-01T09:00:00Z"), agent("c", 0, null, "away")], 5)).toBe("b");
  });

  it("prefers an agent who never had one, and skips agents at the load limit", () => {
    expect(pickRoundRobin([agent("a", 0, "2026-01-01T10:00:00Z"), agent("b", 3, null)], 3)).toBe("a");
  });

  it("leaves it queued when nobody online is under the limit", () => {
    expect(pickRoundRobin([agent("a", 2, null), agent("b", 0, null, "offline")], 2)).toBeNull();
  });
});
