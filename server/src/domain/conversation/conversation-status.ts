/** The conversation states of DESIGN.md §2. */
export const conversationStatuses = [
  "ai",
  "offering",
  "collecting_email",
  "handing_off",
  "queued",
  "with_agent",
  "ticketed",
  "resolved",
] as const;

export type ConversationStatus = (typeof conversationStatuses)[number];

/** States in which the AI answers the shopper. */
export const aiOwnedStatuses: readonly ConversationStatus[] = ["ai", "offering", "collecting_email"];

/** States in which people own the conversation and the AI stays silent. */
export const humanOwnedStatuses: readonly ConversationStatus[] = ["queued", "with_agent"];

/** States after which a new shopper message starts a fresh context (no handoff loops). */
export const endedStatuses: readonly ConversationStatus[] = ["resolved", "ticketed"];
