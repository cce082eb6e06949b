import { expect } from "vitest";
import type { useTestApp } from "./test-app.js";

type TestApp = ReturnType<typeof useTestApp>;
export interface Staff {
  id: string;
  name: string;
  cookie: string;
  csrf: string;
}

let addressCounter = 0;
/** A distinct client address per log-in, so the per-address limits of one test never leak into another. */
export const freshAddress = () => `10.9.${Math.floor(++addressCounter / 250)}.${(addressCounter % 250) + 1}`;

export async function logInAs(t: TestApp, email: string, password: string): Promise<Staff> {
  const res = await t.server.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password }, remoteAddress: freshAddress() });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === "relevo_session");
  const body = res.json();
  return { id: body.user.id, name: body.user.name, cookie: `relevo_session=${cookie?.value}`, csrf: body.csrfToken };
}

/** Adds a console user and logs them in. */
export async function staff(t: TestApp, role: "admin" | "agent", email = `${role}-${Math.random().toString(36).slice(2, 8)}@relevo.test`, name?: string): Promise<Staff> {
  const { password } = await t.addUser(role, email);
  if (name) {
    const user = await t.relevo.deps.uow.repos.users.findByEmail(email);
    if (user) await t.relevo.deps.uow.repos.users.update(user.id, { name });
  }
  return logInAs(t, email, password);
}

export function as(t: TestApp, who: Staff | null, method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: object) {
  const headers: Record<string, string> = who ? { cookie: who.cookie, "x-csrf-token": who.csrf } : {};
  return t.server.inject({ method, url, headers, ...(payload ? { payload } : {}) });
}

export async function startChat(t: TestApp, locale = "en") {
  const res = await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: { locale } });
  expect(res.statusCode).toBe(201);
  const body = res.json();
  return { id: String(body.conversation.id), token: String(body.visitorToken) };
}

export function shopperSays(t: TestApp, chat: { id: string; token: string }, payload: object) {
  return t.server.inject({ method: "POST", url: `/api/v1/conversations/${chat.id}/messages`, payload, headers: { authorization: `Bearer ${chat.token}` } });
}

/** A shopper asks for a person and gives their email: the conversation is queued in the Inbox. */
export async function queuedChat(t: TestApp, locale = "en", email = "shopper@example.com") {
  const chat = await startChat(t, locale);
  await shopperSays(t, chat, { action: "human.request" });
  const res = await shopperSays(t, chat, { text: email });
  expect(res.json().conversation.status).toBe("queued");
  return { ...chat, queuedReply: String(res.json().messages.at(-1).text) };
}

/** Rows of a raw SQL query (PGlite returns `{ rows }`, node-postgres too; drizzle's type says unknown). */
export async function sqlRows(t: TestApp, query: string): Promise<Array<Record<string, unknown>>> {
  const result: unknown = await t.relevo.database.db.execute(query);
  if (Array.isArray(result)) return result;
  if (result && typeof result === "object" && "rows" in result && Array.isArray(result.rows)) return result.rows;
  return [];
}
