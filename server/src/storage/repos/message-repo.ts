import { and, asc, desc, eq, gte, sql } from "drizzle-orm";
import type { MessageRepo } from "../../domain/ports.js";
import type { MessageRecord } from "../../domain/records.js";
import type { Executor } from "../db.js";
import { messages } from "../schema.js";

type Row = typeof messages.$inferSelect;

export const toMessageRecord = (row: Row): MessageRecord => ({ ...row });

export function messageRepo(db: Executor): MessageRepo {
  return {
    async append(conversationId, drafts) {
      if (drafts.length === 0) return [];
      const now = Date.now();
      // Numbered in the insert itself (one round trip, not a max() query first); callers bump the
      // conversation's version in the same transaction, which keeps two appends from taking one number.
      const last = sql`(select coalesce(max(m.seq), 0) from messages m where m.conversation_id = ${conversationId})`;
      // Distinct timestamps a millisecond apart keep the order readable in exports that sort by time.
      const rows = drafts.map((m, i) => ({ ...m, conversationId, seq: sql`${last} + ${i + 1}`, createdAt: m.createdAt ?? new Date(now + i) }));
      const inserted = await db.insert(messages).values(rows).returning();
      return inserted.map(toMessageRecord).sort((a, b) => a.seq - b.seq);
    },
    async list(conversationId, { includeInternal }) {
      const where = includeInternal
        ? eq(messages.conversationId, conversationId)
        : and(eq(messages.conversationId, conversationId), eq(messages.internal, false));
      const rows = await db.select().from(messages).where(where).orderBy(asc(messages.seq));
      return rows.map(toMessageRecord);
    },
    async visitorTextsSince(conversationId, since, limit) {
      const rows = await db
        .select({ text: messages.text })
        .from(messages)
        .where(and(eq(messages.conversationId, conversationId), eq(messages.author, "visitor"), gte(messages.createdAt, since)))
        .orderBy(desc(messages.seq))
        .limit(limit);
      return rows.map((r) => r.text).reverse();
    },
  };
}
