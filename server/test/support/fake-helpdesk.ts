import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Scripted misbehaviour for the next matching requests. */
export type Fault =
  /** Answers with this status instead, e.g. 429 (+ Retry-After: seconds or HTTP date), 500, 401, 422. */
  | { kind: "status"; status: number; retryAfter?: string }
  /** Accepts the request and never answers. */
  | { kind: "hang" }
  /** Destroys the socket before answering (the client sees a connection reset). */
  | { kind: "reset" }
  /** Handles the request normally, but only after `ms` (the client may have given up: a lost response). */
  | { kind: "slow"; ms: number }
  /** Handles the request (a create creates), then drops the connection instead of answering. */
  | { kind: "lost_response" };

export interface FaultOptions {
  /** How many matching requests get the fault (default 1). */
  times?: number;
  /** Only requests with this method match (default: any), e.g. "POST" to fail creates but not lookups. */
  method?: "GET" | "POST";
}

interface ScriptedFault {
  fault: Fault;
  method: string | null;
}

export interface FakeTicket {
  id: number;
  service: "zendesk" | "gorgias";
  externalId: string | null;
  idempotencyKey: string | null;
  body: unknown;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface ZendeskUser {
  id: number | null;
  name: string;
  role: string;
}

export interface FakeHelpdeskOptions {
  /** When set, any other Authorization header gets 401 (no header at all on users/me: the anonymous user). */
  authorization?: string;
  latencyMs?: number;
  zendeskUser?: ZendeskUser;
  gorgiasDomain?: string;
}

export interface FakeHelpdesk {
  url: string;
  tickets: FakeTicket[];
  requests: RecordedRequest[];
  /** Delay before every answer; change it between calls. */
  latencyMs: number;
  zendeskUser: ZendeskUser;
  /** The next matching requests misbehave with `fault`, in the order scripted. */
  failNext(fault: Fault, options?: FaultOptions): void;
  close(): Promise<void>;
}

/** What Zendesk returns from users/me for a caller it could not identify (id null, role end-user). */
export const anonymousZendeskUser: ZendeskUser = { id: null, name: "Anonymous user", role: "end-user" };

/**
 * A tiny in-memory stand-in for the Zendesk and Gorgias endpoints the helpdesk clients use, with fault
 * injection. Deduplication mirrors the real services: Zendesk replays the first response for a repeated
 * `Idempotency-Key` (https://developer.zendesk.com/api-reference/ticketing/introduction/#idempotency) but
 * lets duplicate external ids exist; Gorgias has no idempotency, so every POST creates a ticket. The fake
 * is stricter than documented in one way: the same key with a different body gets 400, so a rendering
 * that isn't deterministic shows up in tests.
 *
 * @example
 * const fake = await startFakeHelpdesk({ latencyMs: 100 });
 * fake.failNext({ kind: "status", status: 429, retryAfter: "7" });
 * const zendesk = createZendeskClient({ subdomain: "acme", email, apiToken, baseUrl: fake.url });
 * await fake.close();
 */
export async function startFakeHelpdesk(options: FakeHelpdeskOptions = {}): Promise<FakeHelpdesk> {
  const faults: ScriptedFault[] = [];
  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: String(error) }));
    });
  });
  const fake: FakeHelpdesk = {
    url: "",
    tickets: [],
    requests: [],
    latencyMs: options.latencyMs ?? 0,
    zendeskUser: options.zendeskUser ?? { id: 1, name: "Relevo Bot", role: "admin" },
    failNext: (fault, { times = 1, method } = {}) => {
      for (let i = 0; i < times; i++) faults.push({ fault, method: method ?? null });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // hung requests included
        server.close(() => resolve());
      }),
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    const body = await readJson(req);
    fake.requests.push({
      method: req.method ?? "",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
    });
    if (fake.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.latencyMs));
    const fault = takeFault(req.method ?? "");
    if (fault?.kind === "hang") return;
    if (fault?.kind === "reset") {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === "slow") await new Promise((resolve) => setTimeout(resolve, fault.ms));
    const reply =
      fault?.kind === "status" ? statusReply(fault) : (authReply(req, url) ?? route(req, url, body));
    if (res.destroyed) return; // the client gave up; the work above still happened, as on a real server
    if (fault?.kind === "lost_response") {
      req.socket.destroy();
      return;
    }
    res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
    res.end(JSON.stringify(reply.json));
  }

  function takeFault(method: string): Fault | null {
    const index = faults.findIndex((scripted) => scripted.method === null || scripted.method === method);
    return index === -1 ? null : (faults.splice(index, 1)[0]?.fault ?? null);
  }

  function authReply(req: IncomingMessage, url: URL): Reply | null {
    const auth = req.headers.authorization;
    if (!options.authorization || auth === options.authorization) return null;
    if (!auth && url.pathname === "/api/v2/users/me") {
      return { status: 200, json: { user: { ...anonymousZendeskUser, url: null } } };
    }
    return { status: 401, json: { error: "Couldn't authenticate you" } };
  }

  function route(req: IncomingMessage, url: URL, body: unknown): Reply {
    const key = `${req.method} ${url.pathname}`;
    if (key === "GET /api/v2/users/me") return { status: 200, json: { user: fake.zendeskUser } };
    if (key === "GET /api/v2/tickets") {
      const externalId = url.searchParams.get("external_id");
      const found = fake.tickets.filter(
        (t) => t.service === "zendesk" && (externalId === null || t.externalId === externalId),
      );
      return { status: 200, json: { tickets: found.map(zendeskTicketJson) } };
    }
    if (key === "POST /api/v2/tickets") return createZendeskTicket(req, body);
    if (key === "GET /api/account") {
      return { status: 200, json: { domain: options.gorgiasDomain ?? "acme", deactivated_datetime: null } };
    }
    if (key === "GET /api/tickets") {
      // Gorgias List Tickets, filtered by external_id; a page of `data` with cursors in `meta`.
      const externalId = url.searchParams.get("external_id");
      const found = fake.tickets.filter(
        (t) => t.service === "gorgias" && (externalId === null || t.externalId === externalId),
      );
      const data = found.map((t) => ({ id: t.id, uri: `/api/tickets/${t.id}/`, external_id: t.externalId }));
      return { status: 200, json: { object: "list", data, meta: { next_cursor: null, prev_cursor: null } } };
    }
    if (key === "POST /api/tickets") {
      const ticket = addTicket("gorgias", body, field(body, "external_id"), null);
      return {
        status: 201,
        json: { id: ticket.id, uri: `/api/tickets/${ticket.id}/`, external_id: ticket.externalId },
      };
    }
    return { status: 404, json: { error: "InvalidEndpoint", description: `${key} is not faked` } };
  }

  function createZendeskTicket(req: IncomingMessage, body: unknown): Reply {
    const key = headerValue(req.headers["idempotency-key"]);
    const previous = key ? fake.tickets.find((t) => t.idempotencyKey === key) : undefined;
    if (previous && JSON.stringify(previous.body) !== JSON.stringify(body)) {
      const description =
        "Request parameters do not match with the existing request for this idempotency key";
      return { status: 400, json: { error: "IdempotentRequestError", description } };
    }
    if (previous) {
      return {
        status: 201,
        json: { ticket: zendeskTicketJson(previous) },
        headers: { "x-idempotency-lookup": "hit" },
      };
    }
    const ticketFields = body !== null && typeof body === "object" && "ticket" in body ? body.ticket : null;
    const ticket = addTicket("zendesk", body, field(ticketFields, "external_id"), key);
    const headers: Record<string, string> = key ? { "x-idempotency-lookup": "miss" } : {};
    return { status: 201, json: { ticket: zendeskTicketJson(ticket) }, headers };
  }

  function addTicket(
    service: FakeTicket["service"],
    body: unknown,
    externalId: string | null,
    key: string | null,
  ): FakeTicket {
    const ticket = { id: 1000 + fake.tickets.length + 1, service, externalId, idempotencyKey: key, body };
    fake.tickets.push(ticket);
    return ticket;
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === "string")
    throw new Error("fake helpdesk is not listening on TCP");
  fake.url = `http://127.0.0.1:${address.port}`;
  return fake;
}

interface Reply {
  status: number;
  json: unknown;
  headers?: Record<string, string>;
}

function statusReply(fault: { status: number; retryAfter?: string }): Reply {
  const headers: Record<string, string> =
    fault.retryAfter === undefined ? {} : { "retry-after": fault.retryAfter };
  return { status: fault.status, json: { error: `Injected ${fault.status}` }, headers };
}

function zendeskTicketJson(ticket: FakeTicket) {
  return {
    id: ticket.id,
    url: `https://fake.zendesk.com/api/v2/tickets/${ticket.id}.json`,
    external_id: ticket.externalId,
  };
}

function field(value: unknown, name: string): string | null {
  if (value === null || typeof value !== "object" || !(name in value)) return null;
  const found: unknown = Reflect.get(value, name);
  return typeof found === "string" ? found : null;
}

function headerValue(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? JSON.parse(text) : null;
}
