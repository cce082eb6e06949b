import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSummaryJobs, summaryQueueName } from "../../src/agent/llm/handoff-summary-jobs.js";
import { loadConfig } from "../../src/config/config.js";
import type { Database } from "../../src/storage/db.js";
import { createRelevo, type Relevo } from "../../src/main.js";
import { answerSummariesAndTranslations } from "../support/fake-model-writers.js";
import { type FakeOpenAi, startFakeOpenAi } from "../support/fake-openai.js";
import { workerTempDir } from "../support/temp-root.js";
import { resetDatabase, testDatabase } from "../support/test-db.js";

const modelSummary = "The shopper wants a name engraved on a mug.";
const dataDir = workerTempDir("relevo-data");
/** Requests for a summary (a process also asks the model a health question when it starts). */
const summaryRequests = () => model.requests.filter((r) => JSON.stringify(r.messages).includes("You write the internal note")).length;
let model: FakeOpenAi;
let database: Database;
beforeAll(async () => {
  model = await startFakeOpenAi();
  database = await testDatabase();
});
afterAll(async () => model.close());
beforeEach(async () => {
  await resetDatabase(database);
  answerSummariesAndTranslations(model, { summary: { kind: "json", content: { summary: modelSummary } } });
});

/** One Relevo process on the shared database, with the fake model, running `services`. */
const processRunning = (services: "web" | "worker") =>
  createRelevo(
    loadConfig({
      LOG_LEVEL: "silent", RELEVO_PUBLIC_URL: "http://relevo.test", RELEVO_DATA_DIR: dataDir, SERVICES: services,
      RELEVO_LLM_BASE_URL: model.baseUrl, RELEVO_LLM_MODEL: "fake-model", RELEVO_LLM_TIMEOUT_MS: "1000",
    }),
    { database, rateLimitPerMinute: 100_000 },
  );

/** A shopper asks for a person and leaves an email: an Inbox handoff with the rule-built summary. */
async function queueInboxHandoff(web: Relevo): Promise<string> {
  const server = web.server;
  if (!server) throw new Error("a web process");
  const { conversation, visitorToken } = (await server.inject({ method: "POST", url: "/api/v1/conversations", payload: { locale: "en" } })).json();
  const say = (payload: object) =>
    server.inject({ method: "POST", url: `/api/v1/conversations/${conversation.id}/messages`, payload, headers: { authorization: `Bearer ${visitorToken}` } });
  await say({ action: "human.request" });
  expect((await say({ text: "ana@example.com" })).json().conversation.status).toBe("queued");
  const [handoff] = await web.deps.uow.repos.handoffs.listByConversation(conversation.id);
  if (!handoff) throw new Error("no handoff recorded");
  expect(handoff.packet.summarySource).toBe("rules");
  return handoff.id;
}

async function summaryOf(relevo: Relevo, handoffId: string) {
  for (let i = 0; i < 200; i++) {
    const handoff = await relevo.deps.uow.repos.handoffs.findById(handoffId);
    if (handoff?.packet.summarySource === "model") return handoff.packet.summary;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the model's summary never reached the packet");
}

describe("the model's summary of an Inbox handoff, as a durable job", () => {
  it("is asked for by a web-only process and written by the worker process", async () => {
    const web = await processRunning("web");
    const worker = await processRunning("worker");
    try {
      const handoffId = await queueInboxHandoff(web);
      expect(await summaryOf(web, handoffId)).toBe(modelSummary);
    } finally {
      await web.close();
      await worker.close();
    }
  });

  it("is still written when its request was lost before any worker ran (a crash after the turn committed)", async () => {
    const web = await processRunning("web");
    let handoffId: string;
    try {
      handoffId = await queueInboxHandoff(web);
      // What a crash between the commit and the job's send leaves: the handoff, and no job.
      await database.db.execute(`delete from pgboss.job where name = '${summaryQueueName}'`);
    } finally {
      await web.close();
    }
    const worker = await processRunning("worker"); // its start-up sweep finds the handoff
    try {
      expect(await summaryOf(worker, handoffId)).toBe(modelSummary);
    } finally {
      await worker.close();
    }
  });

  it("is not held up by a backlog of older requests (a worker that was down): the worker drains them in full batches", async () => {
    const web = await processRunning("web");
    let handoffId: string;
    try {
      // 80 requests for handoffs that are gone: at one batch per polling interval they took 20 s to get through.
      for (let i = 0; i < 80; i++) await web.deps.summaries.request(randomUUID());
      handoffId = await queueInboxHandoff(web);
    } finally {
      await web.close();
    }
    const worker = await processRunning("worker");
    try {
      expect(await summaryOf(worker, handoffId)).toBe(modelSummary);
    } finally {
      await worker.close();
    }
  });

  it("leaves a handoff that already has the model's summary alone when the sweep meets it again", async () => {
    const web = await processRunning("web");
    const worker = await processRunning("worker");
    let handoffId: string;
    try {
      handoffId = await queueInboxHandoff(web);
      await summaryOf(worker, handoffId);
    } finally {
      await web.close();
      await worker.close();
    }
    const asked = summaryRequests();
    const restarted = await processRunning("worker");
    try {
      expect(await restarted.deps.uow.repos.handoffs.listAwaitingModelSummary(new Date(0))).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // a polling interval and more
      expect(summaryRequests()).toBe(asked);
    } finally {
      await restarted.close();
    }
  });

  it("reports, and does not throw, when the start-up sweep cannot read or a request cannot be stored (the turn is already committed)", async () => {
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    const worker = await startSummaryJobs({
      database, work: true, summarize: async () => {}, onError,
      awaiting: async () => {
        throw new Error("the handoffs could not be read");
      },
    });
    await worker.stop();
    expect(errors.map(String)).toEqual(["Error: the handoffs could not be read"]);
    const web = await startSummaryJobs({ database, work: false, summarize: async () => {}, awaiting: async () => [], onError });
    try {
      await database.db.execute("alter schema pgboss rename to pgboss_away"); // the queue's tables are gone
      try {
        await expect(web.queue.request(randomUUID())).resolves.toBeUndefined();
      } finally {
        await database.db.execute("alter schema pgboss_away rename to pgboss");
      }
      expect(errors).toHaveLength(2);
    } finally {
      await web.stop();
    }
  });
});
