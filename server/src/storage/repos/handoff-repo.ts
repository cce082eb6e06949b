import { and, asc, eq, inArray } from "drizzle-orm";
import type { HandoffReason } from "../../domain/agent-decision.js";
import type { HandoffRepo } from "../../domain/ports.js";
import type { DeliveryStatus, HandoffRecord } from "../../domain/records.js";
import type { Executor } from "../db.js";
import { handoffs } from "../schema.js";

type Row = typeof handoffs.$inferSelect;

// The text columns only ever hold values the domain wrote.
export const toHandoffRecord = (row: Row): HandoffRecord => ({
  ...row,
  reason: row.reason as HandoffReason,
  deliveryStatus: row.deliveryStatus as DeliveryStatus,
});

export function handoffRepo(db: Executor): HandoffRepo {
  return {
    async insert(record) {
      await db.insert(handoffs).values(record);
    },
    async findById(id) {
      const [row] = await db.select().from(handoffs).where(eq(handoffs.id, id)).limit(1);
      return row ? toHandoffRecord(row) : null;
    },
    async listByConversation(conversationId) {
      const rows = await db.select().from(handoffs).where(eq(handoffs.conversationId, conversationId)).orderBy(asc(handoffs.createdAt));
      return rows.map(toHandoffRecord);
    },
    async update(id, changes) {
      const { id: _id, ...rest } = changes;
      await db.update(handoffs).set({ ...rest, updatedAt: new Date() }).where(eq(handoffs.id, id));
    },
    async claimAttempt(id, seenAttempts) {
      const rows = await db
        .update(handoffs)
        .set({ attempts: seenAttempts + 1, updatedAt: new Date() })
        .where(and(eq(handoffs.id, id), eq(handoffs.attempts, seenAttempts), inArray(handoffs.deliveryStatus, ["pending", "retrying"])))
        .returning({ id: handoffs.id });
      return rows.length === 1;
    },
    async listUndelivered() {
      const rows = await db.select().from(handoffs).where(inArray(handoffs.deliveryStatus, ["pending", "retrying"]));
      return rows.map(toHandoffRecord);
    },
  };
}
