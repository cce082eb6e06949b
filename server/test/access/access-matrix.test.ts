import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { freshAddress, staff, startChat } from "../support/inbox-helpers.js";
import { useAppWithFakePeers } from "../support/fake-peers.js";
import type { useTestApp } from "../support/test-app.js";
import { webBuilt } from "../support/web-build.js";
import { accessMatrix, type Caller, callers, type Expected } from "./access-matrix.js";
import { type AccessContext, routeRequests } from "./route-requests.js";

/**
 * Every route the server has (read from Fastify's own route tree, so a route added tomorrow is seen),
 * called by every kind of caller, against the table in access-matrix.ts.
 */
function listRoutes(app: FastifyInstance): string[] {
  const routes: string[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split("\n")) {
    const match = line.match(/^([│ ]*)[└├]── (.*?) \(([A-Z, ]+)\)$/u) ?? line.match(/^([│ ]*)[└├]── (.*)$/u);
    if (!match) continue;
    const depth = (match[1] ?? "").length / 4;
    const segment = match[2] ?? "";
    stack.length = depth;
    const parent = stack[depth - 1] ?? "";
    // The tree splits paths at any character ("knowledge" + "-gaps", "widget" + ".js"): children extend their parent.
    const path = `${parent}${segment}`;
    stack[depth] = path;
    for (const method of (match[3] ?? "").split(", ").filter((m) => m && m !== "HEAD")) routes.push(`${method} ${path}`);
  }
  return routes;
}

describe("the access matrix", () => {
  const t = useAppWithFakePeers();

  it("has a row for every route, and every route answers every caller as the table says", async () => {
    await t.server.ready();
    const routes = listRoutes(t.server);
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((r) => !(r in accessMatrix)), "routes without a row in access-matrix.ts").toEqual([]);
    const stale = Object.keys(accessMatrix).filter((r) => !routes.includes(r));
    expect(stale, "rows for routes that no longer exist").toEqual([]);
    expect(routes.filter((r) => !(r in routeRequests)), "routes without a request in route-requests.ts").toEqual([]);

    const ctx: AccessContext = { t, admin: await staff(t, "admin"), agent: await staff(t, "agent") };
    const apiKey = String((await t.server.inject({ method: "POST", url: "/api/v1/admin/api-keys", headers: headersOf(ctx), payload: { name: "matrix" } })).json().key);
    const other = await startChat(t);
    // Logging out ends the caller's session, so it goes last.
    const ordered = [...routes.filter((r) => r !== "POST /api/v1/auth/logout"), "POST /api/v1/auth/logout"];
    const mismatches: string[] = [];
    for (const route of ordered) {
      for (const caller of callers) {
        const request = await routeRequests[route]?.(ctx, caller);
        if (!request) continue;
        const credentials = { ...ctx, apiKey, shopperToken: other.token, ownerToken: request.ownerToken ?? other.token };
        const status = route.endsWith("/socket") ? await socketStatus(t.server, request.url, caller, credentials) : await httpStatus(t, route, request, caller, credentials);
        const expected = accessMatrix[route]?.[caller];
        if (expected === undefined || !matches(status, expected)) mismatches.push(`${route} as ${caller}: got ${status}, table says ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 300_000);
});

interface Credentials extends AccessContext {
  apiKey: string;
  shopperToken: string;
  ownerToken: string;
}

function headersOf(ctx: AccessContext, caller: Caller = "admin", creds?: Credentials): Record<string, string> {
  if (caller === "agent" || caller === "admin") return { cookie: ctx[caller].cookie, "x-csrf-token": ctx[caller].csrf };
  if (caller === "apiKey" && creds) return { authorization: `Bearer ${creds.apiKey}` };
  if (caller === "shopper" && creds) return { authorization: `Bearer ${creds.shopperToken}` };
  if (caller === "owner" && creds) return { authorization: `Bearer ${creds.ownerToken}` };
  return {};
}

async function httpStatus(t: ReturnType<typeof useTestApp>, route: string, request: { url: string; payload?: object }, caller: Caller, creds: Credentials) {
  const method = route.split(" ")[0] ?? "GET";
  const res = await t.server.inject({
    method: method === "DELETE" || method === "PUT" || method === "POST" ? method : "GET",
    url: request.url, headers: headersOf(creds, caller, creds), remoteAddress: freshAddress(),
    ...(request.payload ? { payload: request.payload } : {}),
  });
  return res.statusCode;
}

/** Opens the socket as the caller would (token in the query for shoppers, cookie for staff) and reads how it ends. */
async function socketStatus(app: FastifyInstance, path: string, caller: Caller, creds: Credentials): Promise<number> {
  const address = app.server.address();
  if (!address || typeof address !== "object") await app.listen({ port: 0, host: "127.0.0.1" });
  const bound = app.server.address();
  const origin = `http://127.0.0.1:${bound && typeof bound === "object" ? bound.port : 0}`;
  const token = caller === "owner" ? creds.ownerToken : caller === "shopper" ? creds.shopperToken : null;
  const url = `${origin.replace("http", "ws")}${path}${token ? `?token=${encodeURIComponent(token)}` : ""}`;
  const headers: Record<string, string> = { origin, ...(caller === "agent" || caller === "admin" ? { cookie: creds[caller].cookie } : {}), ...(caller === "apiKey" ? { authorization: `Bearer ${creds.apiKey}` } : {}) };
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { headers });
    socket.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
    socket.on("error", () => resolve(0));
    socket.on("close", (code) => resolve(code >= 4000 ? code - 4000 : 101));
    // Accepted and still open after a moment: allowed. Close it so the app can shut down.
    socket.on("open", () => setTimeout(() => socket.close(), 200));
  });
}

function matches(status: number, expected: Expected): boolean {
  if (expected === "2xx") return (status >= 200 && status < 300) || status === 101;
  if (expected === "3xx") return status >= 300 && status < 400;
  // Before web/ is built the pages answer 503 "not built"; once built, they must be served.
  if (expected === "page") return webBuilt ? status >= 200 && status < 300 : status === 503;
  return status === expected;
}
