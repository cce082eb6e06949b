/**
 * Fault: kill -9 of the web process under chat load. Every message the server acknowledged with a 2xx
 * must be stored, with the replies it listed, after a restart on the same database.
 *
 *   npx tsx scripts/fault-kill-web.ts            # embedded PGlite in a fresh data directory
 *   FAULT_DATABASE_URL=postgres://…/db npx tsx scripts/fault-kill-web.ts   # on PostgreSQL (a fresh, empty database)
 *
 * Bounded: 30 shoppers, 20 messages/s, the kill after 5 s; prints one JSON line with PASS or FAIL.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BenchServer, startRelevoServer } from "../src/bench/bench-process.js";
import { sleep } from "../src/bench/bench-stats.js";
import { connectShoppers, disconnectShoppers } from "../src/bench/chat-load-client.js";
import { chatUntil, missingAfterwards, unanswered, verdict } from "./fault-chat-load.js";

const dataDir = await mkdtemp(path.join(tmpdir(), "relevo-fault-kill-"));
const env: Record<string, string> = { RELEVO_DATA_DIR: dataDir, ...(process.env.FAULT_DATABASE_URL ? { DATABASE_URL: process.env.FAULT_DATABASE_URL } : {}) };
let server: BenchServer = await startRelevoServer(env);
try {
  const shoppers = await connectShoppers(server.url, 30);
  const base = server.url;
  const killed = (async () => {
    await sleep(5_000);
    await server.stop("SIGKILL");
    await sleep(1_000); // requests sent to a dead port fail: they were never acknowledged
  })();
  const load = await chatUntil(() => base, shoppers, 20, killed);
  disconnectShoppers(shoppers);
  server = await startRelevoServer(env);
  const missing = await missingAfterwards(server.url, load.acked);
  const notAnswered = unanswered(load.acked);
  verdict("kill -9 of the web process under chat load", missing.length === 0 && notAnswered === 0 && load.acked.length > 0, {
    database: env.DATABASE_URL ? "postgres" : "pglite", sent: load.sent, acknowledged: load.acked.length, failed_unacknowledged: load.failed,
    acknowledged_but_missing: missing.length, acknowledged_without_reply: notAnswered,
  });
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
