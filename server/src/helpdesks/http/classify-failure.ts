import type { DeliveryFailure } from "../helpdesk-port.js";
import { parseRetryAfter } from "./retry-after.js";

/**
 * Statuses that retrying the same request can fix. 408/425/429 and 5xx per RFC 9110 §15 / RFC 6585 §4;
 * 409 and 423 because they report a concurrent write still in flight (Zendesk lists 409 for conflicting
 * concurrent requests: https://developer.zendesk.com/api-reference/introduction/requests/); a later retry,
 * under the same Idempotency-Key, either completes or finds the ticket.
 */
const retryableStatuses = new Set([408, 409, 423, 425, 429]);

/**
 * Maps a non-2xx helpdesk response to a DeliveryFailure. 401/403 (bad or insufficient credentials),
 * 400/404/422 (a request the helpdesk refuses) are permanent: the delivery job falls back to the Inbox.
 */
export function classifyResponse(status: number, retryAfter: string | null, detail: string): DeliveryFailure {
  const message = `${describeStatus(status)} (HTTP ${status})${detail ? `: ${detail}` : ""}`;
  if (status >= 500 || retryableStatuses.has(status)) {
    return { kind: "retryable", message, retryAfterMs: parseRetryAfter(retryAfter), status };
  }
  return { kind: "permanent", message, status };
}

/**
 * Maps an error thrown by fetch (no response at all) to a retryable failure: timeouts, resets, refused
 * connections and DNS failures are all worth another try later.
 */
export function classifyNetworkError(error: unknown, timeoutMs: number): DeliveryFailure {
  if (isTimeout(error)) {
    return {
      kind: "retryable",
      message: `no answer within ${timeoutMs} ms`,
      retryAfterMs: null,
      status: null,
    };
  }
  return {
    kind: "retryable",
    message: `network error: ${networkCause(error)}`,
    retryAfterMs: null,
    status: null,
  };
}

function describeStatus(status: number): string {
  if (status === 401) return "credentials were rejected";
  if (status === 403) return "these credentials are not allowed to do this";
  if (status === 429) return "rate limited";
  if (status >= 500) return "helpdesk server error";
  if (status >= 300 && status < 400) return "unexpected redirect (is the account name right?)";
  return "request refused";
}

function isTimeout(error: unknown): boolean {
  // AbortSignal.timeout() rejects with a DOMException named "TimeoutError" (Node 20 docs: AbortSignal.timeout).
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}

/** undici wraps socket errors as `TypeError: fetch failed` with the real reason in `cause`. */
function networkCause(error: unknown): string {
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  if (cause instanceof Error) {
    const code = "code" in cause && typeof cause.code === "string" ? cause.code : null;
    return code ? `${code} (${cause.message})` : cause.message;
  }
  return String(cause);
}
