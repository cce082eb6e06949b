import { retryDelayMs, shouldGiveUp } from "../../domain/delivery-backoff.js";
import type { HelpdeskCredentials } from "../../domain/helpdesk-gateway.js";
import type { HandoffRecord } from "../../domain/records.js";
import type { AppDeps } from "../app-deps.js";
import { fallBackToInbox } from "./fall-back-to-inbox.js";
import { summarizeBeforeFirstAttempt } from "./write-model-summary.js";

export type DeliveryOutcome =
  | { kind: "delivered"; externalId: string }
  | { kind: "retry"; delayMs: number }
  | { kind: "fell_back" }
  | { kind: "nothing_to_do" };

type Deps = Pick<AppDeps, "uow" | "helpdesks" | "vault" | "events" | "now" | "newId" | "summarizer">;

/**
 * One delivery attempt of a handoff to Zendesk or Gorgias, run by the durable job. Idempotent: the attempt
 * is claimed in the database (one worker at a time), a handoff already delivered or fallen back is left
 * alone, and the clients dedupe by handoff id (Idempotency-Key, external_id), so a job re-run after a crash
 * creates no second ticket.
 */
export async function deliverHandoff(deps: Deps, handoffId: string, random = Math.random): Promise<DeliveryOutcome> {
  // With a model, the ticket carries its summary; a failed or slow model leaves the rule-built one (bounded).
  await summarizeBeforeFirstAttempt(deps, handoffId);
  // Delivered, fallen back, or another worker holds this attempt (a duplicate job): nothing to do.
  const handoff = await deps.uow.repos.handoffs.claimForDelivery(handoffId, deps.now());
  if (!handoff || handoff.destination === "inbox") return { kind: "nothing_to_do" };
  const credentials = await loadCredentials(deps, handoff);
  if (!credentials) return fallBack(deps, handoff, `${handoff.destination} is not connected any more`);
  const result = await deps.helpdesks.createTicket(credentials, handoff.packet);
  const now = deps.now();
  const { attempts } = handoff;
  if (result.ok) {
    await deps.uow.repos.handoffs.update(handoff.id, {
      deliveryStatus: "delivered", attempts, externalTicketId: result.value.externalId, externalUrl: result.value.url, deliveredAt: now, lastError: null,
    });
    deps.events.publish({ type: "handoff.delivery_changed", conversationId: handoff.conversationId, handoffId: handoff.id });
    return { kind: "delivered", externalId: result.value.externalId };
  }
  if (result.failure.kind === "permanent" || shouldGiveUp(handoff.createdAt, now)) {
    return fallBack(deps, handoff, result.failure.message);
  }
  await deps.uow.repos.handoffs.update(handoff.id, { deliveryStatus: "retrying", attempts, lastError: result.failure.message, lastErrorAt: now });
  await deps.uow.repos.integrations.recordError(handoff.destination, result.failure.message, now);
  deps.events.publish({ type: "handoff.delivery_changed", conversationId: handoff.conversationId, handoffId: handoff.id });
  return { kind: "retry", delayMs: retryDelayMs(attempts, result.failure.retryAfterMs, random()) };
}

async function loadCredentials(deps: Deps, handoff: HandoffRecord): Promise<HelpdeskCredentials | null> {
  if (handoff.destination === "inbox") return null;
  const integration = await deps.uow.repos.integrations.find(handoff.destination);
  if (!integration) return null;
  try {
    return deps.vault.open(integration.sealedCredentials);
  } catch {
    return null; // a changed key or tampered row: treat as not connected, and say so in the alert
  }
}

async function fallBack(deps: Deps, handoff: HandoffRecord, reason: string): Promise<DeliveryOutcome> {
  await fallBackToInbox(deps, handoff, reason);
  return { kind: "fell_back" };
}
