import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AccessContext, type RouteRequest, routeRequests } from "../access/route-requests.js";
import { useAppWithFakePeers } from "../support/fake-peers.js";
import { staff } from "../support/inbox-helpers.js";
import { anyJson, contentTypes, expectWellFormed, fuzzAddress, fuzzRuns, nastyString, pathSegment, rawBody, storedRows } from "./fuzz-support.js";

/**
 * The admin and Inbox APIs under fuzzed bodies and path parameters, called by a signed-in admin (so the
 * input, not the missing session, decides the answer). Every route of route-requests.ts under
 * /api/v1/admin and /api/v1/inbox starts from its valid request; the fuzz replaces the body, bends one
 * field of it, or swaps a path segment. Never a 5xx; a refusal is a well-formed error and stores nothing.
 */
const staffRoutes = Object.keys(routeRequests).filter((route) => /^(GET|POST|PUT|DELETE) \/api\/v1\/(admin|inbox)\//.test(route) && !route.endsWith("/socket"));
/** Per route: fewer than the chat API's runs, since there are ~50 routes and each run is a request. */
const runsPerRoute = Math.max(5, Math.round(fuzzRuns / 10));

/** A valid body with one field replaced, dropped, or an unknown field added. */
function bent(payload: object | undefined) {
  const base = (payload ?? {}) as Record<string, unknown>;
  const keys = Object.keys(base);
  return fc.oneof(
    keys.length > 0 ? fc.tuple(fc.constantFrom(...keys), anyJson).map(([key, value]) => ({ ...base, [key]: value })) : fc.constant(base),
    keys.length > 0 ? fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(base).filter(([k]) => k !== key))) : fc.constant(base),
    fc.tuple(nastyString, anyJson).map(([key, value]) => ({ ...base, [key]: value })),
  ).map((value) => JSON.stringify(value));
}

/** Query parameters the list and report routes read, with nasty values (and unknown ones). */
const queryParams = fc
  .dictionary(fc.oneof(fc.constantFrom("limit", "cursor", "view", "from", "to", "q", "lang", "group", "days"), nastyString), nastyString, { maxKeys: 3 })
  .map((params) => new URLSearchParams(params).toString());

/** The URL with one of its segments after /api/v1/ replaced (ids, kinds), or as it is; GETs also get a fuzzed query. */
function bentUrl(url: string, method: string) {
  const [path = "", fixedQuery] = url.split("?");
  const query = method === "GET" ? fc.oneof(fc.constant(fixedQuery), queryParams) : fc.constant(fixedQuery);
  const segments = path.split("/");
  const swappable = segments.map((_, i) => i).filter((i) => i > 4);
  const swapped = swappable.length === 0
    ? fc.constant(path)
    : fc.tuple(fc.constantFrom(...swappable), pathSegment).map(([i, segment]) => segments.map((s, j) => (j === i ? segment : s)).join("/"));
  return fc.tuple(fc.oneof(fc.constant(path), swapped), query).map(([p, q]) => (q ? `${p}?${q}` : p));
}

describe("the admin and Inbox APIs under fuzzed input", () => {
  const t = useAppWithFakePeers();

  it("answers every route's fuzzed body and path without a 5xx, and a refusal stores nothing", async () => {
    expect(staffRoutes.length).toBeGreaterThan(30);
    const ctx: AccessContext = { t, admin: await staff(t, "admin"), agent: await staff(t, "agent") };
    const headers = { cookie: ctx.admin.cookie, "x-csrf-token": ctx.admin.csrf };
    for (const route of staffRoutes) {
      const [method = "GET"] = route.split(" ");
      const valid: RouteRequest | undefined = await routeRequests[route]?.(ctx, "admin");
      if (!valid) continue;
      const body = method === "GET" || method === "DELETE" ? fc.constant(undefined) : fc.oneof(bent(valid.payload), rawBody);
      await fc.assert(
        fc.asyncProperty(bentUrl(valid.url, method), body, contentTypes, async (url, payload, contentType) => {
          const before = await storedRows(t, ["sessions"]);
          const res = await t.server.inject({
            method: method as "GET" | "POST" | "PUT" | "DELETE", url, remoteAddress: fuzzAddress(),
            headers: { ...headers, ...(contentType === undefined ? {} : { "content-type": contentType }) },
            ...(payload === undefined ? {} : { payload }),
          });
          expectWellFormed(res, { route, url, payload: payload?.slice(0, 300), contentType });
          if (res.statusCode >= 400) expect(await storedRows(t, ["sessions"]), `${route} ${url}`).toEqual(before);
        }),
        { numRuns: runsPerRoute },
      );
    }
  }, 600_000);
});
