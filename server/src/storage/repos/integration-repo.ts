import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { AdminAlertRepo, IntegrationRepo } from "../../domain/ports.js";
import type { Executor } from "../db.js";
import { adminAlerts, integrations } from "../schema.js";

export function integrationRepo(db: Executor): IntegrationRepo {
  return {
    async find(kind) {
      const [row] = await db.select().from(integrations).where(eq(integrations.kind, kind)).limit(1);
      return row ?? null;
    },
    async list() {
      return db.select().from(integrations).orderBy(asc(integrations.kind));
    },
    async save(record) {
      const row = { ...record, updatedAt: new Date() };
      await db.insert(integrations).values(row).onConflictDoUpdate({ target: integrations.kind, set: row });
    },
    async recordError(kind, message, at) {
      await db.update(integrations).set({ lastError: message, lastErrorAt: at, updatedAt: at }).where(eq(integrations.kind, kind));
    },
    async remove(kind) {
      const rows = await db.delete(integrations).where(eq(integrations.kind, kind)).returning({ kind: integrations.kind });
      return rows.length > 0;
    },
  };
}

export function adminAlertRepo(db: Executor): AdminAlertRepo {
  return {
    async insert(alert) {
      await db.insert(adminAlerts).values(alert);
    },
    async list({ includeAcknowledged }) {
      const where = includeAcknowledged ? undefined : isNull(adminAlerts.acknowledgedAt);
      return db.select().from(adminAlerts).where(where).orderBy(desc(adminAlerts.createdAt)).limit(200);
    },
    async acknowledge(id, at) {
      const rows = await db.update(adminAlerts).set({ acknowledgedAt: at })
        .where(and(eq(adminAlerts.id, id), isNull(adminAlerts.acknowledgedAt))).returning({ id: adminAlerts.id });
      return rows.length > 0;
    },
  };
}
