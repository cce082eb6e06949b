import { PGlite, type Transaction } from "@electric-sql/pglite";
import { describe, expect, it, vi } from "vitest";
import { useTestApp } from "../../../test/support/test-app.js";
import { onPostgres, onThreadedPglite, testDatabase } from "../../../test/support/test-db.js";
import { eq } from "drizzle-orm";
import type { KnowledgeEntry } from "../../domain/knowledge.js";
import { conversationEvents } from "../../storage/schema.js";

const knowledge: KnowledgeEntry[] = [
  { id: "shipping", kind: "faq", lang: "en", question: "How long does shipping take?", alternates: ["delivery time"], answer: "Orders arrive in 3-5 business days.", url: null },
];

const PGliteQuery = PGlite.prototype.query;
const PGliteExec = PGlite.prototype.exec;

/**
 * Counts every statement sent to the embedded database while `work` runs, BEGIN and COMMIT included:
 * on 2 cores each round trip into PGlite is most of a turn's cost (issue #7), so the count is pinned.
 */
async function countStatements(pglite: PGlite, work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const { transaction } = pglite;
  // Inside a transaction PGlite runs statements through the transaction object, not the instance.
  const counted = (tx: Transaction): Transaction => ({
    ...tx,
    query: (text, ...rest) => {
      seen.push(text);
      return tx.query(text, ...rest);
    },
    exec: (text, ...rest) => {
      seen.push(text);
      return tx.exec(text, ...rest);
    },
    get closed() {
      return tx.closed;
    },
  });
  const spies = [
    vi.spyOn(pglite, "query").mockImplementation(function (this: PGlite, text, ...rest) {
      seen.push(text);
      return PGliteQuery.call(this, text, ...rest);
    }),
    vi.spyOn(pglite, "exec").mockImplementation(function (this: PGlite, text, ...rest) {
      seen.push(text);
      return PGliteExec.call(this, text, ...rest);
    }),
    vi.spyOn(pglite, "transaction").mockImplementation((callback) => {
      seen.push("begin");
      return transaction.call(pglite, (tx) => callback(counted(tx))).finally(() => seen.push("commit"));
    }),
  ];
  try {
    await work();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return seen;
}

describe("a shopper's turn talks to the database only a few times", () => {
  const t = useTestApp();

  async function startChat() {
    await t.addKnowledge(knowledge);
    const started = (await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: { locale: "en" } })).json();
    const send = (text: string) => t.server.inject({
      method: "POST", url: `/api/v1/conversations/${started.conversation.id}/messages`, payload: { text },
      headers: { authorization: `Bearer ${started.visitorToken}` },
    });
    await send("hello there"); // warms the answerer and settings caches, as in a running store
    const { pglite } = await testDatabase();
    if (!pglite) throw new Error("PGlite expected");
    return { send, pglite, id: String(started.conversation.id) };
  }

  // One read (the conversation with the shopper's recent texts) and one write (state, messages, events).
  it.skipIf(onPostgres() || onThreadedPglite())("an answered question costs 2 statements", async () => {
    const { send, pglite } = await startChat();
    let reply = { statusCode: 0, body: "" };
    const statements = await countStatements(pglite, async () => {
      reply = await send("How long does shipping take?");
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.body).toContain("3-5 business days");
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(2);
  });

  it.skipIf(onPostgres() || onThreadedPglite())("a question the knowledge misses (a state change and its event) costs 2 statements too", async () => {
    const { send, pglite, id } = await startChat();
    let status = 0;
    const statements = await countStatements(pglite, async () => {
      status = (await send("Can I pay with cryptocurrency or a gift card from another store?")).statusCode;
    });
    expect(status).toBe(200);
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(2);
    expect((await t.relevo.deps.uow.repos.conversations.findById(id))?.status).toBe("offering");
    const { db } = await testDatabase();
    const events = await db.select().from(conversationEvents).where(eq(conversationEvents.conversationId, id));
    expect(events.map((e) => [e.name, e.fromStatus, e.toStatus])).toContainEqual(["handoff_offered", "ai", "offering"]);
  });
});
