import { AppError } from "../errors.js";
import type { ConversationStatus } from "./conversation-status.js";

/**
 * The handoff state machine (DESIGN.md §2). Every transition is a named event; the use cases store each
 * one with its timestamp in conversation_events. Anything not listed here is refused.
 *
 * @example
 * transition("ai", "handoff_offered") // → "offering"
 */
export const transitions = {
  conversation_started: { from: ["ai"], to: "ai" },
  handoff_offered: { from: ["ai"], to: "offering" },
  /** method = message: the merchant's text is shown instead of a person; counted as its own outcome. */
  custom_message_shown: { from: ["ai", "offering", "collecting_email"], to: "ai" },
  handoff_declined: { from: ["offering", "collecting_email"], to: "ai" },
  offer_ignored: { from: ["offering"], to: "ai" },
  email_requested: { from: ["ai", "offering"], to: "collecting_email" },
  email_captured: { from: ["collecting_email"], to: "handing_off" },
  handoff_accepted: { from: ["ai", "offering"], to: "handing_off" },
  queued_for_inbox: { from: ["handing_off", "with_agent"], to: "queued" },
  ticket_requested: { from: ["handing_off"], to: "ticketed" },
  agent_joined: { from: ["queued", "with_agent"], to: "with_agent" },
  resolved_by_agent: { from: ["queued", "with_agent"], to: "resolved" },
  resolved_by_ai: { from: ["ai", "offering"], to: "resolved" },
  resolved_inactive: { from: ["ai", "offering", "collecting_email"], to: "resolved" },
  reopened_by_agent: { from: ["resolved", "ticketed"], to: "with_agent" },
  context_restarted: { from: ["resolved", "ticketed"], to: "ai" },
  fell_back_to_inbox: { from: ["ticketed"], to: "queued" },
} as const satisfies Record<string, { from: readonly ConversationStatus[]; to: ConversationStatus }>;

export type ConversationEventName = keyof typeof transitions;

export function canTransition(from: ConversationStatus, event: ConversationEventName): boolean {
  const rule: { from: readonly ConversationStatus[] } = transitions[event];
  return rule.from.includes(from);
}

/** The next state, or an `invalid_state` error naming the event and the state it cannot leave. */
export function transition(from: ConversationStatus, event: ConversationEventName): ConversationStatus {
  if (!canTransition(from, event)) {
    throw new AppError("invalid_state", `Cannot apply "${event}" to a conversation in state "${from}".`);
  }
  return transitions[event].to;
}
