import { fromPglite, PgBoss } from "pg-boss";
import type { Database } from "./db.js";

export interface PgBossOptions {
  /** Run pg-boss's maintenance here: only where jobs are worked (SERVICES includes worker). */
  supervise: boolean;
  /** Connections of its own pool on PostgreSQL (the embedded PGlite has one connection, shared). */
  maxConnections: number;
  onError: (error: unknown) => void;
}

/**
 * A started pg-boss on the database Relevo runs on: the embedded PGlite through `fromPglite`, or
 * PostgreSQL with a small pool of its own. Helpdesk delivery, re-embedding and the model's summaries each
 * start one for their queue.
 */
export async function startPgBoss(database: Database, options: PgBossOptions): Promise<PgBoss> {
  const common = { supervise: options.supervise, schedule: false };
  const boss = database.pglite
    ? new PgBoss({ db: fromPglite(database.pglite), ...common })
    : new PgBoss({ connectionString: database.connectionString ?? "", max: options.maxConnections, ...common });
  boss.on("error", options.onError);
  await boss.start();
  return boss;
}
