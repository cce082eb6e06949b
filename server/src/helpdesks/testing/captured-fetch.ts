import { type MockInstance, vi } from "vitest";

export interface CapturedRequest {
  method: string;
  /** Path and query, e.g. "/api/v2/tickets?external_id=hnd_1". */
  target: string;
  headers: Record<string, string>;
  /** The JSON body, parsed; undefined for GET. */
  body: unknown;
}

/**
 * Spies on the global fetch (calls still go through) so a test can assert on what a helpdesk client
 * sent — things a mock server's spec cannot check, like the Idempotency-Key header. Undo with
 * `vi.restoreAllMocks()`.
 */
export function captureFetch(): { requests(): CapturedRequest[] } {
  const spy: MockInstance<typeof fetch> = vi.spyOn(globalThis, "fetch");
  return { requests: () => spy.mock.calls.map(([input, init]) => describeCall(input, init)) };
}

function describeCall(input: Parameters<typeof fetch>[0], init: RequestInit | undefined): CapturedRequest {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const headers = new Headers(init?.headers);
  return {
    method: init?.method ?? "GET",
    target: `${url.pathname}${url.search}`,
    headers: Object.fromEntries(headers.entries()),
    body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
  };
}
