import { and, asc, eq, inArray, lt } from "drizzle-orm";
import type { ConversationStatus } from "../../domain/conversation/conversation-status.js";
import type { HandoffReason } from "../../domain/agent-decision.js";
import type { ConversationRepo } from "../../domain/ports.js";
import type { ConversationRecord } from "../../domain/records.js";
import type { Executor } from "../db.js";
import { conversations } from "../schema.js";

type Row = typeof conversations.$inferSelect;

export function toConversationRecord(row: Row): ConversationRecord {
  return {
    ...row,
    status: row.status as ConversationStatus, // the column only ever holds states written by the domain
    pendingReason: row.pendingReason as HandoffReason | null,
  };
}

export function conversationRepo(db: Executor): ConversationRepo {
  return {
    async insert(record) {
      await db.insert(conversations).values(record);
    },
    async findById(id) {
      const [row] = await db.select().from(conversations).where(eq(conversations.id, id)).limit(1);
      return row ? toConversationRecord(row) : null;
    },
    async listInactive(before, limit) {
      const rows = await db
        .select()
        .from(conversations)
        .where(and(inArray(conversations.status, ["ai", "offering", "collecting_email"]), lt(conversations.lastActivityAt, before)))
        .orderBy(asc(conversations.lastActivityAt))
        .limit(limit);
      return rows.map(toConversationRecord);
    },
    async updateIfVersion(id, expectedVersion, changes) {
      const { id: _id, version: _v, ...rest } = changes;
      const updated = await db
        .update(conversations)
        .set({ ...rest, version: expectedVersion + 1, updatedAt: new Date() })
        .where(and(eq(conversations.id, id), eq(conversations.version, expectedVersion)))
        .returning({ id: conversations.id });
      return updated.length === 1;
    },
  };
}
