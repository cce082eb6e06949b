import type { HandoffRecord } from "../../domain/records.js";
import type { AppDeps } from "../app-deps.js";
import { assignRoundRobin } from "../inbox/assign-round-robin.js";

/**
 * A ticket that cannot be created (bad credentials, a request the helpdesk refuses, a day of outage) is
 * not lost: the conversation goes to Relevo's Inbox and admins get an alert naming the cause. One
 * transaction, so the alert and the state change land together. Once queued it is assigned like any
 * other Inbox handoff (round-robin, when on).
 */
export async function fallBackToInbox(deps: Pick<AppDeps, "uow" | "events" | "now" | "newId">, handoff: HandoffRecord, reason: string) {
  const now = deps.now();
  const moved = await deps.uow.transaction(async (repos) => {
    await repos.handoffs.update(handoff.id, { deliveryStatus: "fell_back", attempts: handoff.attempts, lastError: reason, lastErrorAt: now });
    await repos.alerts.insert({
      id: deps.newId(), kind: "handoff_fell_back",
      message: `A handoff could not be delivered to ${handoff.destination} and was sent to the Inbox instead: ${reason}`,
      data: { handoffId: handoff.id, conversationId: handoff.conversationId, destination: handoff.destination }, acknowledgedAt: null, createdAt: now,
    });
    const conversation = await repos.conversations.findById(handoff.conversationId);
    if (conversation?.status !== "ticketed") return null; // the shopper already moved on; the alert still stands
    const changes = { status: "queued" as const, lastActivityAt: now };
    if (!(await repos.conversations.updateIfVersion(conversation.id, conversation.version, changes))) return null;
    await repos.events.append(conversation.id, [{ name: "fell_back_to_inbox", from: "ticketed", to: "queued", data: { handoffId: handoff.id, reason } }], now);
    return { ...conversation, ...changes, version: conversation.version + 1, updatedAt: now };
  });
  deps.events.publish({ type: "handoff.delivery_changed", conversationId: handoff.conversationId, handoffId: handoff.id });
  if (!moved) return;
  deps.events.publish({ type: "conversation.updated", conversationId: moved.id, conversation: moved });
  await assignRoundRobin(deps, moved);
}
