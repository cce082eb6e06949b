import { AppError } from "../../domain/errors.js";
import type { AppDeps } from "../app-deps.js";

/** An admin asks to try a waiting delivery now (console: "retry"), instead of at its next backoff. */
export async function retryDelivery(deps: Pick<AppDeps, "uow" | "delivery">, handoffId: string) {
  const handoff = await deps.uow.repos.handoffs.findById(handoffId);
  if (!handoff) throw new AppError("handoff_not_found", `No handoff with id ${handoffId}.`);
  if (handoff.deliveryStatus !== "pending" && handoff.deliveryStatus !== "retrying") {
    throw new AppError("invalid_state", `This handoff is ${handoff.deliveryStatus}; only pending or retrying deliveries can be retried.`);
  }
  await deps.delivery.enqueue(handoff.id);
  return handoff;
}
