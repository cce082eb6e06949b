/** A failed API call: the HTTP status, the server's stable error code, its message (shown to the user) and details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = undefined,
  ) {
    super(message);
  }
}

/** Relative to /console/, so a Relevo served under a path prefix works too. */
const apiBase = new URL("../api/v1", location.href).pathname;

let csrfToken: string | null = null;

/** The session's CSRF token, echoed on every state-changing request (the server refuses them without it). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null && name in value ? Reflect.get(value, name) : undefined;
}

type Method = "GET" | "POST" | "PUT" | "DELETE";

/**
 * Calls the Relevo API and returns its JSON body, or throws ApiError with the server's message.
 *
 * @example
 * const { entries } = await api<{ entries: KnowledgeEntryDto[] }>("GET", "/admin/knowledge?q=ship");
 */
export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(apiBase + path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      "network_error",
      navigator.onLine ? "The server could not be reached." : "You are offline.",
    );
  }
  const data: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith("/auth/")) onUnauthorized?.();
    const error = field(data, "error");
    const code = field(error, "code");
    const message = field(error, "message");
    throw new ApiError(
      response.status,
      typeof code === "string" ? code : "http_error",
      typeof message === "string" ? message : `${response.status} ${response.statusText}`,
      field(error, "details"),
    );
  }
  // The server validates every response against its contract (fastify-type-provider-zod): the shape is trusted.
  return data as T;
}

let onUnauthorized: (() => void) | null = null;

/** Called when a session ends under us (expired, disabled by an admin): the app shows the login page. */
export function onSessionLost(handler: () => void): void {
  onUnauthorized = handler;
}

/** The agents' live socket URL, same origin (the server refuses foreign Origins). */
export function socketUrl(path: string): string {
  const url = new URL(apiBase + path, location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return url.href;
}

export const encode = encodeURIComponent;
