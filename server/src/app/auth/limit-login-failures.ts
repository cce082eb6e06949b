import { AppError } from "../../domain/errors.js";
import type { Repos } from "../../domain/ports.js";

/**
 * Wrong passwords are counted per account and per address in a fixed 15-minute window, in the database:
 * an attacker spreading guesses over several Relevo processes behind a balancer still hits the limit.
 * Per account stops guessing one password from many addresses; per address stops one address trying many
 * accounts. The account limit also locks out its owner for the window, which is why it is short.
 */
export const loginWindowMs = 15 * 60_000;
export const maxFailuresPerAccount = 5;
export const maxFailuresPerAddress = 20;

const keys = (email: string, address: string) => ({ account: `account:${email.trim().toLowerCase()}`, address: `address:${address}` });

export async function assertLoginAllowed(repos: Repos, input: { email: string; address: string }, now: Date): Promise<void> {
  const { account, address } = keys(input.email, input.address);
  const windowStart = new Date(now.getTime() - loginWindowMs);
  const [byAccount, byAddress] = await Promise.all([repos.loginFailures.failures(account, windowStart), repos.loginFailures.failures(address, windowStart)]);
  if (byAccount >= maxFailuresPerAccount) {
    throw new AppError("rate_limited", "Too many wrong passwords for this account. Wait 15 minutes, or ask an admin to reset the password.");
  }
  if (byAddress >= maxFailuresPerAddress) {
    throw new AppError("rate_limited", "Too many failed log-ins from this address. Wait 15 minutes and try again.");
  }
}

export async function recordLoginFailure(repos: Repos, input: { email: string; address: string }, now: Date): Promise<void> {
  const { account, address } = keys(input.email, input.address);
  const windowStart = new Date(now.getTime() - loginWindowMs);
  await Promise.all([repos.loginFailures.recordFailure(account, now, windowStart), repos.loginFailures.recordFailure(address, now, windowStart)]);
}

/** A successful log-in clears the account's count (not the address's: one good account must not unlock guessing others). */
export async function clearLoginFailures(repos: Repos, email: string): Promise<void> {
  await repos.loginFailures.clear(keys(email, "").account);
}
