import type { z } from "zod";
import { type DeliveryFailure, HelpdeskError } from "../helpdesk-port.js";
import { classifyNetworkError, classifyResponse } from "./classify-failure.js";

/** Zendesk and Gorgias both answer well under a second; 10 s means the service is in trouble. */
export const defaultTimeoutMs = 10_000;

export interface HelpdeskHttpOptions {
  /** Names the service in error messages, e.g. "Zendesk". */
  service: string;
  /** Origin the paths are resolved against, e.g. "https://acme.zendesk.com". */
  baseUrl: string;
  /** Full Authorization header value. Never appears in error messages. */
  authorization: string;
  /** Other values that must never appear in error messages (API token, key). */
  secrets: string[];
  timeoutMs?: number;
}

export interface HelpdeskRequest<T> {
  method: "GET" | "POST";
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  /** The response is parsed with this schema; anything else is a permanent "unexpected response". */
  schema: z.ZodType<T>;
}

export interface HelpdeskHttp {
  request<T>(request: HelpdeskRequest<T>): Promise<T>;
}

/**
 * The one fetch wrapper both helpdesk clients use: JSON in and out, a timeout on the whole exchange
 * (AbortSignal.timeout also aborts a body that stops mid-way), every failure turned into a HelpdeskError
 * whose DeliveryFailure says whether retrying can help.
 *
 * @example
 * const http = createHelpdeskHttp({ service: "Gorgias", baseUrl, authorization: basicAuth(email, key), secrets: [key] });
 * const account = await http.request({ method: "GET", path: "/api/account", schema: accountSchema });
 */
export function createHelpdeskHttp(options: HelpdeskHttpOptions): HelpdeskHttp {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const credentials = options.authorization.replace(/^\S+\s+/, "");
  const secrets = [options.authorization, credentials, ...options.secrets].filter(
    (secret) => secret.length >= 4,
  );
  const fail = (label: string, failure: DeliveryFailure) =>
    new HelpdeskError({ ...failure, message: scrub(`${label}: ${failure.message}`, secrets) });

  return {
    async request<T>(request: HelpdeskRequest<T>): Promise<T> {
      const label = `${options.service} ${request.method} ${request.path}`;
      let response: Response;
      let text: string;
      try {
        response = await fetch(buildUrl(options.baseUrl, request), {
          method: request.method,
          headers: buildHeaders(options.authorization, request),
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
          signal: AbortSignal.timeout(timeoutMs),
          // A redirect means a wrong base URL; don't follow it with credentials attached.
          redirect: "manual",
        });
        text = await response.text();
      } catch (error) {
        throw fail(label, classifyNetworkError(error, timeoutMs));
      }
      if (response.status < 200 || response.status > 299) {
        throw fail(
          label,
          classifyResponse(response.status, response.headers.get("retry-after"), summarize(text)),
        );
      }
      return parseBody(text, request.schema, (message) =>
        fail(label, { kind: "permanent", message, status: response.status }),
      );
    },
  };
}

/**
 * HTTP Basic credentials (RFC 7617). Zendesk API tokens use "{email}/token" as the user name
 * (https://developer.zendesk.com/api-reference/introduction/security-and-auth/); Gorgias uses the
 * account email and the REST API key (https://developers.gorgias.com/docs/access-tokens-api-keys).
 */
export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`;
}

function buildUrl(baseUrl: string, request: HelpdeskRequest<unknown>): URL {
  const url = new URL(request.path, baseUrl);
  for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value);
  return url;
}

function buildHeaders(authorization: string, request: HelpdeskRequest<unknown>): Record<string, string> {
  // Zendesk requires Accept on every request and Content-Type on POST
  // (https://developer.zendesk.com/api-reference/introduction/requests/).
  const headers: Record<string, string> = { Accept: "application/json", Authorization: authorization };
  if (request.body !== undefined) headers["Content-Type"] = "application/json";
  return { ...headers, ...request.headers };
}

function parseBody<T>(text: string, schema: z.ZodType<T>, fail: (message: string) => HelpdeskError): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw fail(`unexpected response (not JSON): ${summarize(text)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`,
    );
    throw fail(`unexpected response: ${issues.slice(0, 3).join("; ")}`);
  }
  return parsed.data;
}

/** Error bodies are useful to an admin (Zendesk's {"error":"RecordInvalid",…}), but keep them short. */
function summarize(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 500 ? `${flat.slice(0, 500)}…` : flat;
}

function scrub(message: string, secrets: string[]): string {
  return secrets.reduce((text, secret) => text.split(secret).join("[redacted]"), message);
}
