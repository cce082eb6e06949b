import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { type FakeOpenAi, startFakeOpenAi } from "../../../test/support/fake-openai.js";
import { createPostgresDatabase, testPostgresUrl } from "../../../test/support/test-db.js";
import { ofType, openTestSocket } from "../../../test/support/ws-client.js";
import { loadConfig } from "../../config/config.js";
import { createRelevo, type Relevo } from "../../main.js";
import { migrateDatabase, openDatabase } from "../../storage/db.js";
import { knowledge } from "./test-support/mock-model.js";

/**
 * Drafts cross processes like the stored messages (storage/notify-relay.ts): the shopper's socket may be on
 * another process than the one that runs the turn. Runs whenever PostgreSQL answers.
 */
async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: testPostgresUrl(), connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const reachable = await postgresReachable();
const processes: Relevo[] = [];
let fake: FakeOpenAi | null = null;

afterAll(async () => {
  for (const relevo of processes) {
    await relevo.close();
    await relevo.database.close();
  }
  await fake?.close();
});

async function startProcess(url: string, llmUrl: string): Promise<{ relevo: Relevo; http: string; ws: string }> {
  const env = {
    LOG_LEVEL: "silent", RELEVO_PUBLIC_URL: "http://relevo.test", SERVICES: "web",
    RELEVO_LLM_BASE_URL: llmUrl, RELEVO_LLM_MODEL: "fake-model", RELEVO_LLM_TIMEOUT_MS: "5000",
  };
  const relevo = await createRelevo(loadConfig(env), { database: await openDatabase({ kind: "postgres", url }), rateLimitPerMinute: 100_000 });
  processes.push(relevo);
  await relevo.server?.listen({ port: 0, host: "127.0.0.1" });
  const address: AddressInfo | string | null | undefined = relevo.server?.server.address();
  if (!address || typeof address === "string") throw new Error("not listening on TCP");
  return { relevo, http: `http://127.0.0.1:${address.port}`, ws: `ws://127.0.0.1:${address.port}` };
}

async function post(base: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return res.json();
}

describe.skipIf(!reachable)("a streamed reply across two Relevo processes", () => {
  it("reaches the shopper's socket on one process as drafts while the turn runs on the other", { timeout: 60_000 }, async () => {
    fake = await startFakeOpenAi();
    const answer = "You have 30 days to send back unworn items, and the return label is free.";
    fake.script({ kind: "stream", content: { answerable: true, answer, usedIds: ["returns"], language: "en" }, chunkSize: 8, chunkDelayMs: 40 });
    const url = await createPostgresDatabase("relevo_drafts_two_processes");
    const migrator = await openDatabase({ kind: "postgres", url });
    await migrateDatabase(migrator);
    await migrator.close();
    const [turnSide, socketSide] = [await startProcess(url, fake.baseUrl), await startProcess(url, fake.baseUrl)];
    for (const entry of knowledge) await turnSide.relevo.deps.uow.repos.knowledge.upsert(entry);

    const started = await post(turnSide.http, "/api/v1/conversations", { locale: "en" });
    const { id } = started.conversation;
    const shopper = await openTestSocket(`${socketSide.ws}/api/v1/conversations/${id}/socket?token=${started.visitorToken}`);
    await shopper.next(ofType("ready")); // the other process listens from here on
    await post(turnSide.http, `/api/v1/conversations/${id}/messages`, { text: "how long do I have to return an item?" }, { authorization: `Bearer ${started.visitorToken}` });
    const reply = await shopper.next((m) => m.type === "message.created" && (m.message as { author?: string }).author === "ai");
    expect(reply).toMatchObject({ message: { text: answer } });
    const drafts = shopper.received.filter((m) => m.type === "draft");
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    for (const draft of drafts) expect(answer.startsWith(String(draft.text))).toBe(true);
    await shopper.close();
  });
});
