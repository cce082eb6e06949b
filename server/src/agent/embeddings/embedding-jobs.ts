import type { Database } from "../../storage/db.js";
import { startPgBoss } from "../../storage/start-pg-boss.js";

export const embeddingQueueName = "knowledge-embedding";

export interface EmbeddingJobsOptions {
  database: Database;
  /** Run the job in this process (SERVICES includes worker); web-only processes just request it. */
  work: boolean;
  /** One whole run: every run compares all knowledge with the stored vectors (reembed-knowledge.ts). */
  reembed: () => Promise<unknown>;
  onError: (error: unknown) => void;
  /** How often a run is requested anyway, to finish what a long outage of the embedding server left. */
  resyncEveryMs?: number;
}

/**
 * Re-embedding as a durable pg-boss job (on PostgreSQL, or the embedded PGlite with `fromPglite`).
 *
 * The queue is `stately` (https://github.com/timgit/pg-boss/blob/master/docs/api/queues.md): at most one
 * run waiting and one running, so a burst of knowledge edits (an import) coalesces into one waiting run,
 * which reads the knowledge as it is when it starts. A failed run (embedding server down) is retried with
 * exponential backoff up to 10 minutes apart; past its retries the periodic resync and the next start
 * request it again. Runs are idempotent, so a duplicate is harmless. Chat never waits for it: until
 * vectors exist, retrieval is lexical.
 */
export async function startEmbeddingJobs(options: EmbeddingJobsOptions): Promise<{ request(): Promise<void>; stop(): Promise<void> }> {
  const boss = await startPgBoss(options.database, { supervise: options.work, maxConnections: 2, onError: options.onError });
  await boss.createQueue(embeddingQueueName, {
    policy: "stately", retryLimit: 12, retryDelay: 5, retryBackoff: true, retryDelayMax: 600, expireInSeconds: 900,
  });
  const request = async () => {
    await boss.send(embeddingQueueName, {});
  };

  let resync: NodeJS.Timeout | null = null;
  if (options.work) {
    await boss.work(embeddingQueueName, { pollingIntervalSeconds: 0.5 }, async () => {
      await options.reembed();
    });
    resync = setInterval(() => void request().catch(options.onError), options.resyncEveryMs ?? 10 * 60_000);
    resync.unref();
  }
  await request().catch(options.onError); // at start-up: knowledge may have changed while no worker ran

  return {
    request,
    async stop() {
      if (resync) clearInterval(resync);
      await boss.stop({ graceful: true, timeout: 5_000 });
    },
  };
}
