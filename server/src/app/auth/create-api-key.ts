import { z } from "zod";
import { AppError } from "../../domain/errors.js";
import type { ApiKeyRecord, Principal } from "../../domain/records.js";
import type { AppDeps } from "../app-deps.js";
import { apiKeyPrefix } from "./resolve-principal.js";
import { newOpaqueToken } from "./secrets.js";

/** An admin API key for automation: shown once, stored as a hash, revocable. Acts with admin rights. */
export async function createApiKey(deps: Pick<AppDeps, "uow" | "newId" | "now">, by: Principal, input: { name: string }) {
  const name = z.string().trim().min(1).max(100).safeParse(input.name);
  if (!name.success) throw new AppError("validation_failed", "name: give the key a name of 1 to 100 characters.");
  const { token, hash } = newOpaqueToken(apiKeyPrefix);
  const record: ApiKeyRecord = {
    id: deps.newId(), name: name.data, keyHash: hash, prefix: token.slice(0, 8),
    createdBy: by.kind === "user" ? by.user.id : null, revokedAt: null, createdAt: deps.now(),
  };
  await deps.uow.repos.apiKeys.insert(record);
  return { apiKey: record, key: token };
}
