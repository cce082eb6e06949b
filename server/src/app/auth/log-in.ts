import { AppError } from "../../domain/errors.js";
import type { AppDeps } from "../app-deps.js";
import { newOpaqueToken, verifyPassword } from "./secrets.js";

export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

/**
 * Exchanges email + password for a session token (stored hashed) and its CSRF token. Wrong email, wrong
 * password and a disabled account give the same answer, so the response reveals no accounts.
 */
export async function logIn(deps: Pick<AppDeps, "uow" | "now">, input: { email: string; password: string }) {
  const user = await deps.uow.repos.users.findByEmail(input.email.trim());
  const valid = user && !user.disabled && (await verifyPassword(user.passwordHash, input.password));
  if (!user || !valid) throw new AppError("invalid_credentials", "The email or password is not correct.");
  const session = newOpaqueToken();
  const csrf = newOpaqueToken();
  const expiresAt = new Date(deps.now().getTime() + sessionLifetimeMs);
  await deps.uow.repos.sessions.insert({ tokenHash: session.hash, userId: user.id, csrfToken: csrf.token, expiresAt });
  return { user, sessionToken: session.token, csrfToken: csrf.token, expiresAt };
}
