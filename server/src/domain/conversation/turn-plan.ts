import type { AgentDecision, HandoffReason, YesNo } from "../agent-decision.js";
import type { Citation } from "../knowledge.js";
import type { HandoffMethod, HelpdeskDestination } from "../handoff-method.js";
import type { ConversationEventName } from "./conversation-state-machine.js";
import type { ConversationStatus } from "./conversation-status.js";

/** What the shopper sent: typed text, or one of the actions the chat offers. */
export const visitorActions = ["handoff.accept", "handoff.decline", "human.request", "email.decline"] as const;
export type VisitorAction = (typeof visitorActions)[number];

export type TurnInput = { kind: "text"; text: string } | { kind: "action"; action: VisitorAction };

export interface MessageAction {
  type: VisitorAction;
  label: string;
}

export interface ReplyDraft {
  author: "ai" | "system";
  text: string;
  citations?: Citation[];
  actions?: MessageAction[];
  meta?: Record<string, unknown>;
}

export interface PlannedEvent {
  name: ConversationEventName;
  from: ConversationStatus;
  to: ConversationStatus;
  data?: Record<string, unknown>;
}

/** The conversation as the policy needs it: no storage details. */
export interface TurnState {
  status: ConversationStatus;
  lang: string;
  email: string | null;
  unansweredInARow: number;
  pendingReason: HandoffReason | null;
}

/** The agent's analysis, injected so the policy stays pure and testable with fakes. */
export interface TurnAgent {
  decide(text: string): Promise<AgentDecision>;
  classifyYesNo(text: string): YesNo;
  detectHumanRequest(text: string): boolean;
}

export interface TurnPlan {
  status: ConversationStatus;
  events: PlannedEvent[];
  replies: ReplyDraft[];
  /** Stored on the shopper's message: the decision, for metrics and knowledge gaps. */
  visitorMeta: Record<string, unknown> | null;
  lang: string;
  unansweredInARow: number;
  pendingReason: HandoffReason | null;
  email: string | null;
  /** Set when this turn hands the conversation off: the use case records the handoff packet. */
  handoff: { reason: HandoffReason; destination: HelpdeskDestination } | null;
  /** The shopper wrote after resolved/ticketed: the AI starts a fresh context. */
  restartedContext: boolean;
}

export interface TurnSettings {
  method: HandoffMethod;
  /** What to tell a shopper queued for the Inbox now (an agent joins / when the team is back); default `queued`. */
  inboxNotice?: (lang: string) => string;
}
