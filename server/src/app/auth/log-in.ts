import { AppError } from "../../domain/errors.js";
import type { AppDeps } from "../app-deps.js";
import { assertLoginAllowed, clearLoginFailures, recordLoginFailure } from "./limit-login-failures.js";
import { newOpaqueToken, verifyPassword } from "./secrets.js";

export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

/**
 * Exchanges email + password for a session token (stored hashed) and its CSRF token. Wrong email, wrong
 * password and a disabled account give the same answer, so the response reveals no accounts. Failures are
 * rate-limited per account and per address (limit-login-failures.ts), checked before the password.
 */
export async function logIn(deps: Pick<AppDeps, "uow" | "now">, input: { email: string; password: string; address?: string }) {
  const { repos } = deps.uow;
  const attempt = { email: input.email, address: input.address ?? "unknown" };
  await assertLoginAllowed(repos, attempt, deps.now());
  const user = await repos.users.findByEmail(input.email.trim());
  const valid = user && !user.disabled && (await verifyPassword(user.passwordHash, input.password));
  if (!user || !valid) {
    await recordLoginFailure(repos, attempt, deps.now());
    throw new AppError("invalid_credentials", "The email or password is not correct.");
  }
  await clearLoginFailures(repos, input.email);
  const session = newOpaqueToken();
  const csrf = newOpaqueToken();
  const expiresAt = new Date(deps.now().getTime() + sessionLifetimeMs);
  await repos.sessions.insert({ tokenHash: session.hash, userId: user.id, csrfToken: csrf.token, expiresAt });
  return { user, sessionToken: session.token, csrfToken: csrf.token, expiresAt };
}
