import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { startChat } from "../support/inbox-helpers.js";
import { useTestApp } from "../support/test-app.js";
import { anyJson, contentTypes, expectWellFormed, fuzzAddress, fuzzRuns, headerValue, nastyString, pathSegment, rawBody, storedRows } from "./fuzz-support.js";

/**
 * The public chat API under arbitrary input: bodies, headers and path parameters. Whatever arrives, the
 * answer is a well-formed status below 500, and a refused request leaves every table as it was.
 */
describe("the public chat API under fuzzed input", () => {
  const t = useTestApp();

  const authorization = (token: string) =>
    fc.oneof(fc.constant(undefined), headerValue, headerValue.map((v) => `Bearer ${v}`), fc.constant(`Bearer ${token}`), fc.constant(`bearer  ${token} x`));

  async function send(method: "GET" | "POST", url: string, body: string | undefined, headers: Record<string, string | undefined>) {
    const clean = Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== undefined));
    return t.server.inject({ method, url, headers: clean, remoteAddress: fuzzAddress(), ...(body === undefined ? {} : { payload: body }) });
  }

  /** Sends the request and checks the answer's shape and that a refusal stored nothing. */
  async function check(method: "GET" | "POST", url: string, body: string | undefined, headers: Record<string, string | undefined>) {
    const before = await storedRows(t);
    const res = await send(method, url, body, headers);
    expectWellFormed(res, { method, url, body, headers });
    if (res.statusCode >= 400) expect(await storedRows(t), `${res.statusCode} ${res.body}`).toEqual(before);
    return res;
  }

  it("POST /api/v1/conversations answers any body and content type without a 5xx", async () => {
    const body = fc.oneof(rawBody, fc.record({ locale: nastyString, identity: nastyString, pageUrl: nastyString }, { requiredKeys: [] }).map((v) => JSON.stringify(v)));
    await fc.assert(
      fc.asyncProperty(body, contentTypes, headerValue, async (payload, contentType, cookie) => {
        await check("POST", "/api/v1/conversations", payload, { "content-type": contentType, cookie });
      }),
      { numRuns: fuzzRuns },
    );
  });

  it("POST /api/v1/conversations/:id/messages answers any body, token and id without a 5xx", async () => {
    const chat = await startChat(t);
    const textBody = fc.oneof(nastyString, fc.string({ minLength: 3990, maxLength: 4010 })).map((text) => JSON.stringify({ text }));
    const actionBody = fc.oneof(nastyString, fc.constantFrom("handoff.accept", "handoff.decline", "human.request", "email.decline")).map((action) => JSON.stringify({ action }));
    const body = fc.oneof(rawBody, textBody, actionBody, anyJson.map((v) => JSON.stringify({ text: v })));
    const id = fc.oneof(fc.constant(chat.id), pathSegment);
    await fc.assert(
      fc.asyncProperty(id, body, contentTypes, authorization(chat.token), async (convId, payload, contentType, auth) => {
        await check("POST", `/api/v1/conversations/${convId}/messages`, payload, { "content-type": contentType, authorization: auth });
      }),
      { numRuns: fuzzRuns },
    );
  });

  it("refuses a NUL character (which PostgreSQL cannot store) with a 400, storing nothing", async () => {
    const chat = await startChat(t);
    const res = await check("POST", `/api/v1/conversations/${chat.id}/messages`, JSON.stringify({ text: "a\u0000b" }), { "content-type": "application/json", authorization: `Bearer ${chat.token}` });
    expect(res.statusCode).toBe(400);
  });

  it("GET /api/v1/conversations/:id answers any id, token and query without a 5xx", async () => {
    const chat = await startChat(t);
    const query = fc.oneof(fc.constant(""), fc.dictionary(nastyString, nastyString, { maxKeys: 3 }).map((q) => `?${new URLSearchParams(q)}`), fc.constantFrom("?%", "?a=%zz", "?token[]=x"));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant(chat.id), pathSegment), query, authorization(chat.token), async (convId, q, auth) => {
        const res = await check("GET", `/api/v1/conversations/${convId}${q}`, undefined, { authorization: auth });
        // Only the conversation's own token opens it.
        if (res.statusCode === 200) expect(auth?.trim()).toMatch(new RegExp(`^bearer\\s+${chat.token}$`, "i"));
      }),
      { numRuns: fuzzRuns },
    );
  });

  it("POST /api/v1/auth/login answers any body without a 5xx and never opens a session", async () => {
    await t.addUser("admin");
    const credentials = fc.record({ email: fc.oneof(nastyString, fc.constant("admin@relevo.test")), password: nastyString }, { requiredKeys: [] });
    const body = fc.oneof(rawBody, credentials.map((c) => JSON.stringify(c)));
    await fc.assert(
      fc.asyncProperty(body, contentTypes, async (payload, contentType) => {
        // A failed log-in is meant to count against the account and address (login_failures); nothing else.
        const before = await storedRows(t, ["login_failures"]);
        const res = await send("POST", "/api/v1/auth/login", payload, { "content-type": contentType });
        expectWellFormed(res, { payload, contentType });
        expect(res.statusCode).not.toBe(200);
        expect(await storedRows(t, ["login_failures"])).toEqual(before);
      }),
      { numRuns: fuzzRuns },
    );
  });

  it("every other path, method and body gets a well-formed answer", async () => {
    const method = fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");
    const path = fc.array(pathSegment, { minLength: 1, maxLength: 4 }).map((parts) => `/api/v1/${parts.join("/")}`);
    await fc.assert(
      fc.asyncProperty(method, fc.oneof(path, pathSegment.map((p) => `/${p}`)), rawBody, async (m, url, payload) => {
        const before = await storedRows(t);
        const res = await t.server.inject({ method: m, url, payload: m === "GET" || m === "HEAD" ? undefined : payload, remoteAddress: fuzzAddress(), headers: { "content-type": "application/json" } });
        if (m !== "HEAD" && m !== "OPTIONS") expectWellFormed(res, { m, url, payload });
        else expect(res.statusCode).toBeLessThan(500);
        if (res.statusCode >= 400) expect(await storedRows(t)).toEqual(before);
      }),
      { numRuns: fuzzRuns },
    );
  });
});
