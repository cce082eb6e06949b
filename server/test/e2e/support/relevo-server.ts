import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { importKnowledge } from "../../../src/app/knowledge/import-knowledge.js";
import { settingsKeys } from "../../../src/app/settings/store-settings.js";
import { loadConfig } from "../../../src/config/config.js";
import { defaultHandoffMethod, type HandoffMethod } from "../../../src/domain/handoff-method.js";
import { createRelevo, type Relevo } from "../../../src/main.js";
import { type Database, migrateDatabase, openDatabase } from "../../../src/storage/db.js";
import { resetDatabase } from "../../support/test-db.js";
import { repoRoot } from "./web-build.js";

export interface RunningRelevo {
  relevo: Relevo;
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  setAllowedOrigins(origins: string[]): Promise<void>;
  /** Writes the setting directly, skipping the "connect Zendesk first" rule: delivery is off here anyway. */
  setHandoffMethod(method: HandoffMethod): Promise<void>;
  close(): Promise<void>;
}

export { defaultHandoffMethod };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const holder = globalThis as { relevoE2eDatabase?: Promise<Database> };

/**
 * One in-memory PGlite for the whole run (vitest.e2e.config.ts: one worker, isolate off): opening one
 * costs 5–15 s on a busy machine, more than the tests of a file. Each file empties it and gets its own Relevo.
 */
function sharedDatabase(): Promise<Database> {
  holder.relevoE2eDatabase ??= openDatabase({ kind: "pglite", dataDir: null }).then(async (database) => {
    await migrateDatabase(database);
    return database;
  });
  return holder.relevoE2eDatabase;
}

/**
 * A real Relevo on a real port: a fresh in-memory PGlite, the demo store's knowledge (Northwind Threads,
 * EN/ES), Inbox handoff (the default), delivery jobs off (nothing here goes to Zendesk or Gorgias).
 * `env` adds settings, e.g. RELEVO_LLM_* for a fake language model.
 */
export async function startRelevo(env: Record<string, string> = {}): Promise<RunningRelevo> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = await mkdtemp(path.join(tmpdir(), "relevo-e2e-"));
  const database = await sharedDatabase();
  // Each file starts from an empty database, as if it had its own.
  await resetDatabase(database);
  const config = loadConfig({ LOG_LEVEL: "error", SERVICES: "web", PORT: String(port), RELEVO_PUBLIC_URL: url, RELEVO_DATA_DIR: dataDir, ...env });
  const relevo = await createRelevo(config, { database, delivery: { enqueue: async () => {} }, rateLimitPerMinute: 100_000 });
  const demo = await readFile(path.join(repoRoot, "server/src/demo/demo-store.jsonl"), "utf8");
  await importKnowledge(relevo.deps, { fileName: "demo-store.jsonl", content: demo });
  const { settings } = relevo.deps.uow.repos;
  await settings.set(settingsKeys.store, { storeName: "Northwind Threads", timezone: "Europe/Madrid" });
  relevo.bus.publish({ type: "settings.changed" });
  if (!relevo.server) throw new Error("the e2e Relevo runs the web service");
  await relevo.server.listen({ port, host: "127.0.0.1" });
  return {
    relevo,
    url,
    async setAllowedOrigins(origins) {
      await relevo.deps.uow.repos.settings.set(settingsKeys.allowedOrigins, origins);
      relevo.bus.publish({ type: "settings.changed" });
    },
    async setHandoffMethod(method) {
      await relevo.deps.uow.repos.settings.set(settingsKeys.handoffMethod, method);
      relevo.bus.publish({ type: "settings.changed" });
    },
    async close() {
      await relevo.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
