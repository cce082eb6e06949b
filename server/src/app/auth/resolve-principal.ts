import type { Principal } from "../../domain/records.js";
import type { AppDeps } from "../app-deps.js";
import { sha256 } from "./secrets.js";

export const apiKeyPrefix = "rlv_";

/** Who holds this session cookie or admin API key; null when neither is valid (expired, revoked, disabled). */
export async function resolvePrincipal(
  deps: Pick<AppDeps, "uow" | "now">,
  credentials: { sessionToken?: string | null; bearer?: string | null },
): Promise<Principal | null> {
  const { repos } = deps.uow;
  if (credentials.bearer?.startsWith(apiKeyPrefix)) {
    const apiKey = await repos.apiKeys.findActiveByHash(sha256(credentials.bearer));
    return apiKey ? { kind: "api_key", apiKey } : null;
  }
  if (!credentials.sessionToken) return null;
  const session = await repos.sessions.findValid(sha256(credentials.sessionToken), deps.now());
  if (!session) return null;
  const user = await repos.users.findById(session.userId);
  return user && !user.disabled ? { kind: "user", user, csrfToken: session.csrfToken } : null;
}
