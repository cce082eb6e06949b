import { and, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { InboxRepo } from "../../domain/inbox/inbox-ports.js";
import type { Executor } from "../db.js";
import { conversationEvents, conversations, users } from "../schema.js";
import { toConversationRecord } from "./conversation-repo.js";

export function inboxRepo(db: Executor): InboxRepo {
  return {
    async list({ statuses, assignedUserId, limit, after }) {
      const keyset = after
        ? or(lt(conversations.lastActivityAt, after.lastActivityAt), and(eq(conversations.lastActivityAt, after.lastActivityAt), lt(conversations.id, after.id)))
        : undefined;
      const rows = await db
        .select()
        .from(conversations)
        .where(and(inArray(conversations.status, [...statuses]), assignedUserId ? eq(conversations.assignedUserId, assignedUserId) : undefined, keyset))
        .orderBy(desc(conversations.lastActivityAt), desc(conversations.id))
        .limit(limit);
      return rows.map(toConversationRecord);
    },
    async agentLoads() {
      // "users"."id" written out: drizzle renders a bare column in a select's sql unqualified (the subquery would misread it).
      const open = sql<number>`(select count(*) from ${conversations} c where c.assigned_user_id = "users"."id" and c.status = 'with_agent')`;
      const last = sql<Date | null>`(select max(e.created_at) from ${conversationEvents} e where e.name = 'agent_joined' and e.data->>'userId' = "users"."id"::text)`;
      const rows = await db
        .select({ userId: users.id, open: open.mapWith(Number), lastAssignedAt: last.mapWith((v: string | Date | null) => (v ? new Date(v) : null)) })
        .from(users)
        .where(eq(users.disabled, false));
      return rows;
    },
  };
}
