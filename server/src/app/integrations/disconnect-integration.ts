import { AppError } from "../../domain/errors.js";
import type { HelpdeskKind } from "../../domain/helpdesk-gateway.js";
import type { AppDeps } from "../app-deps.js";

/** Forgets a helpdesk's credentials. Refused while it is the active handoff destination: choose another first. */
export async function disconnectIntegration(deps: Pick<AppDeps, "uow" | "settings" | "events">, kind: HelpdeskKind) {
  const { handoffMethod } = await deps.settings();
  if (handoffMethod.kind === "helpdesk" && handoffMethod.destination === kind) {
    throw new AppError("integration_in_use", `Handoffs go to ${kind} now: choose another handoff method in Settings → Agent handoff before disconnecting it.`);
  }
  if (!(await deps.uow.repos.integrations.remove(kind))) throw new AppError("not_found", `${kind} is not connected.`);
  deps.events.publish({ type: "settings.changed" });
}
