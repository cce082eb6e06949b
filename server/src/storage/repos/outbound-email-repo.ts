import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { OutboundEmailRecord, OutboundEmailRepo, OutboundEmailStatus } from "../../domain/inbox/inbox-ports.js";
import type { Executor } from "../db.js";
import { outboundEmails } from "../schema.js";

type Row = typeof outboundEmails.$inferSelect;
const toRecord = (row: Row): OutboundEmailRecord => ({ ...row, status: row.status satisfies OutboundEmailStatus });

export function outboundEmailRepo(db: Executor): OutboundEmailRepo {
  return {
    async insert(email) {
      await db.insert(outboundEmails).values(email);
    },
    async claimDue({ now, leaseUntil, limit, id }) {
      const due = db
        .select({ id: outboundEmails.id })
        .from(outboundEmails)
        .where(and(eq(outboundEmails.status, "pending"), lte(outboundEmails.nextAttemptAt, now), id ? eq(outboundEmails.id, id) : undefined))
        .orderBy(asc(outboundEmails.nextAttemptAt))
        .limit(limit)
        .for("update", { skipLocked: true });
      const rows = await db
        .update(outboundEmails)
        .set({ attempts: sql`${outboundEmails.attempts} + 1`, nextAttemptAt: leaseUntil })
        .where(inArray(outboundEmails.id, due))
        .returning();
      return rows.map(toRecord);
    },
    async markSent(id, at) {
      await db.update(outboundEmails).set({ status: "sent", sentAt: at, lastError: null }).where(eq(outboundEmails.id, id));
    },
    async markFailed(id, error, retryAt) {
      const changes = retryAt ? { lastError: error, nextAttemptAt: retryAt } : { lastError: error, status: "failed" as const };
      await db.update(outboundEmails).set(changes).where(eq(outboundEmails.id, id));
    },
    async listByConversation(conversationId) {
      const rows = await db.select().from(outboundEmails).where(eq(outboundEmails.conversationId, conversationId)).orderBy(asc(outboundEmails.createdAt));
      return rows.map(toRecord);
    },
  };
}
