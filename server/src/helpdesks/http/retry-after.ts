/**
 * Parses an HTTP `Retry-After` header into milliseconds to wait.
 *
 * RFC 9110 §10.2.3 allows either delay-seconds ("120") or an HTTP-date
 * ("Wed, 21 Oct 2026 07:28:00 GMT"). Zendesk and Gorgias send seconds
 * (https://developer.zendesk.com/api-reference/introduction/rate-limits/,
 * https://developers.gorgias.com/reference/limitations), but proxies in front of them may send dates.
 * A date in the past means "now" (0). Anything unparseable is null: the caller falls back to its backoff.
 *
 * @example
 * parseRetryAfter("5") // 5000
 * parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT", Date.parse("2026-10-21T07:27:00Z")) // 60000
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number = Date.now()): number | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only accept strings that look like an HTTP-date, so "1.5" or "soon" don't become Date.parse guesses.
  if (!/^[A-Za-z]{3},\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}:\d{2}\s+GMT$/.test(trimmed)) return null;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}
