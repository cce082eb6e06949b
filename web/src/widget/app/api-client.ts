import type { ConversationDto, MessageDto, PostMessageBody } from "@relevo/contracts";

export interface ConversationView {
  conversation: ConversationDto;
  messages: MessageDto[];
}

export interface StartBody {
  locale: string;
  identity?: string;
  pageUrl?: string;
}

/** A failed API call, with the HTTP status and the server's stable error code when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Relative to /widget/, so a Relevo served under a path prefix works too. */
const apiBase = new URL("../api/v1/conversations", location.href).pathname;

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null && name in value ? Reflect.get(value, name) : undefined;
}

async function call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(apiBase + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = field(data, "error");
    const code = field(error, "code");
    const message = field(error, "message");
    throw new ApiError(response.status, typeof code === "string" ? code : "http_error", typeof message === "string" ? message : response.statusText);
  }
  // The server validates its responses against the contract (fastify-type-provider-zod), so we trust the shape.
  return data as T;
}

/** The public chat API (contracts/src/chat.ts). */
export const chatApi = {
  start: (body: StartBody) => call<ConversationView & { visitorToken: string }>("POST", "", null, body),
  get: (id: string, token: string) => call<ConversationView>("GET", `/${encodeURIComponent(id)}`, token),
  send: (id: string, token: string, body: PostMessageBody) =>
    call<ConversationView>("POST", `/${encodeURIComponent(id)}/messages`, token, body),
  socketUrl(id: string, token: string): string {
    const url = new URL(`${apiBase}/${encodeURIComponent(id)}/socket`, location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    url.searchParams.set("token", token);
    return url.href;
  },
};
