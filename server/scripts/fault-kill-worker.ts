/**
 * Fault: kill -9 of the worker (SERVICES=worker) in the middle of deliveries, with a web process
 * (SERVICES=web) taking handoffs on the same PostgreSQL. A new worker takes over; every handoff must end
 * up as exactly one ticket.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx scripts/fault-kill-worker.ts [handoffs=40]
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startFakeHelpdesk } from "../test/support/fake-helpdesk.js";
import { startRelevoServer, startWorkerProcess } from "../src/bench/bench-process.js";
import { mapLimit, sleep } from "../src/bench/bench-stats.js";
import { postJson } from "../src/bench/chat-load-client.js";
import { addAdmin, shopperAwaitingEmail, useZendesk } from "../src/bench/handoff-bench.js";
import { freshDatabase } from "../src/bench/run-benchmarks.js";
import { verdict } from "./fault-chat-load.js";

const [count = 40] = process.argv.slice(2).map(Number);
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const databaseUrl = await freshDatabase(serverUrl, "relevo_fault_worker");
if (!databaseUrl) throw new Error(`no PostgreSQL at ${serverUrl}`);
// Each call takes 400 ms, so the kill lands while several deliveries are in flight.
const fake = await startFakeHelpdesk({ latencyMs: 400 });
const dataDir = await mkdtemp(path.join(tmpdir(), "relevo-fault-worker-"));
const env = {
  DATABASE_URL: databaseUrl, RELEVO_DATA_DIR: dataDir, RELEVO_SECRET_KEY: randomBytes(32).toString("base64"), RELEVO_ZENDESK_BASE_URL: fake.url,
  RELEVO_DELIVERY_EXPIRE_SECONDS: "5", RELEVO_DELIVERY_SWEEP_SECONDS: "2", RELEVO_HELPDESK_TIMEOUT_MS: "3000",
};
let worker = await startWorkerProcess(env); // migrates first
await addAdmin(env);
const web = await startRelevoServer({ ...env, SERVICES: "web" });
try {
  await useZendesk(web.url);
  const chats = await mapLimit(Array.from({ length: count }, (_, i) => i), 10, () => shopperAwaitingEmail(web.url));
  const emails = chats.map((_, i) => `w${i}@fault.example`);
  const sending = mapLimit(chats, 4, (chat, i) => postJson(`${web.url}/api/v1/conversations/${chat.id}/messages`, { text: emails[i] }, { authorization: `Bearer ${chat.token}` }));
  const ticketsFor = (email: string) => fake.tickets.filter((t) => JSON.stringify(t.body).includes(email)).length;
  while (fake.tickets.length < Math.floor(count / 4)) await sleep(50); // deliveries under way
  const beforeKill = fake.tickets.length;
  worker.kill("SIGKILL");
  await sending;
  worker = await startWorkerProcess(env);
  const restartedAt = Date.now();
  while (emails.some((e) => ticketsFor(e) === 0) && Date.now() - restartedAt < 120_000) await sleep(500);
  await sleep(8_000); // a late duplicate would appear here
  const perEmail = emails.map(ticketsFor);
  verdict("kill -9 of the worker in the middle of deliveries", perEmail.every((n) => n === 1), {
    handoffs: count, tickets_before_kill: beforeKill, tickets: fake.tickets.length, missing: perEmail.filter((n) => n === 0).length,
    duplicated: perEmail.filter((n) => n > 1).length, seconds_after_restart_until_all_delivered: Math.round((Date.now() - restartedAt) / 1000) - 8,
  });
} finally {
  await web.stop();
  worker.kill("SIGTERM");
  await fake.close();
  await rm(dataDir, { recursive: true, force: true });
}
