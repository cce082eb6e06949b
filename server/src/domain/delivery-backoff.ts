/**
 * When to try a failed helpdesk delivery again: exponential backoff with "equal jitter" (half fixed, half
 * random, so retries from many handoffs spread out after an outage), never sooner than the helpdesk's own
 * Retry-After. Pure: the random draw is a parameter.
 *
 * @example
 * retryDelayMs(3, null, 0.5) // 6000: 2 s × 2² = 8 s, half fixed + 0.5 × half
 */
export const deliveryBackoff = { baseMs: 2_000, capMs: 5 * 60_000, giveUpAfterMs: 24 * 60 * 60_000 };

export function retryDelayMs(attempt: number, retryAfterMs: number | null, random: number): number {
  const exponential = Math.min(deliveryBackoff.capMs, deliveryBackoff.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = exponential / 2 + random * (exponential / 2);
  return Math.round(Math.max(jittered, retryAfterMs ?? 0));
}

/** After a day of retryable failures the handoff goes to the Inbox instead: people must see it. */
export function shouldGiveUp(firstAttemptAt: Date, now: Date): boolean {
  return now.getTime() - firstAttemptAt.getTime() >= deliveryBackoff.giveUpAfterMs;
}
