import { AppError } from "../../domain/errors.js";
import type { HelpdeskCredentials } from "../../domain/helpdesk-gateway.js";
import type { AppDeps } from "../app-deps.js";

/**
 * Connects Zendesk or Gorgias: verifies the credentials against the service first (Zendesk users/me must
 * be a real agent or admin; Gorgias /api/account must answer), then stores them sealed. Nothing is stored
 * when verification fails.
 */
export async function connectIntegration(deps: Pick<AppDeps, "uow" | "helpdesks" | "vault" | "now" | "events">, credentials: HelpdeskCredentials) {
  const verified = await deps.helpdesks.verify(credentials);
  if (!verified.ok) {
    const service = credentials.kind === "zendesk" ? "Zendesk" : "Gorgias";
    const hint = verified.failure.kind === "retryable" ? `${service} did not answer; try again in a moment.` : "Check the account name, email and token.";
    throw new AppError("integration_verification_failed", `${service} refused the credentials: ${verified.failure.message}. ${hint}`);
  }
  const now = deps.now();
  const record = {
    kind: credentials.kind, sealedCredentials: deps.vault.seal(credentials), accountLabel: verified.value.accountLabel,
    verifiedAt: now, lastError: null, lastErrorAt: null,
  };
  await deps.uow.repos.integrations.save(record);
  deps.events.publish({ type: "settings.changed" });
  return record;
}
