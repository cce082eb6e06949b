/**
 * Fault: PostgreSQL restarts in the middle of a chat. Every message acknowledged with a 2xx must be stored
 * with its replies; the process must survive and serve again once the database is back.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx scripts/fault-postgres-restart.ts
 *
 * Restarts the local cluster with `pg_ctlcluster --skip-systemctl-redirect 15 main restart` (override with
 * PG_RESTART_COMMAND). Never part of `npm test`: it interrupts every client of that server.
 */
import { execSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startRelevoServer } from "../src/bench/bench-process.js";
import { sleep } from "../src/bench/bench-stats.js";
import { connectShoppers, disconnectShoppers } from "../src/bench/chat-load-client.js";
import { freshDatabase } from "../src/bench/run-benchmarks.js";
import { chatUntil, missingAfterwards, unanswered, verdict } from "./fault-chat-load.js";

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const restart = process.env.PG_RESTART_COMMAND ?? "pg_ctlcluster --skip-systemctl-redirect 15 main restart";
const databaseUrl = await freshDatabase(serverUrl, "relevo_fault_restart");
if (!databaseUrl) throw new Error(`no PostgreSQL at ${serverUrl}`);
const dataDir = await mkdtemp(path.join(tmpdir(), "relevo-fault-pg-"));
const server = await startRelevoServer({ RELEVO_DATA_DIR: dataDir, DATABASE_URL: databaseUrl });
try {
  const shoppers = await connectShoppers(server.url, 30);
  let restartedAt = 0;
  const stop = (async () => {
    await sleep(4_000);
    restartedAt = performance.now();
    execSync(restart, { stdio: "ignore" });
    await sleep(8_000); // keep chatting after the database is back
  })();
  const load = await chatUntil(() => server.url, shoppers, 15, stop);
  disconnectShoppers(shoppers);
  const alive = server.child.exitCode === null && server.child.signalCode === null;
  const healthy = await fetch(`${server.url}/healthz`).then((r) => r.ok).catch(() => false);
  const missing = alive ? await missingAfterwards(server.url, load.acked) : ["process died"];
  verdict("PostgreSQL restart during chat", alive && healthy && missing.length === 0 && unanswered(load.acked) === 0, {
    sent: load.sent, acknowledged: load.acked.length, failed_unacknowledged: load.failed, acknowledged_but_missing: missing.length,
    acknowledged_without_reply: unanswered(load.acked), process_alive: alive, healthy_after: healthy, restart_at_ms: Math.round(restartedAt),
  });
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
