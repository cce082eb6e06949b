import { and, eq, gt, inArray, lt, sql } from "drizzle-orm";
import type { PresenceRepo } from "../../domain/inbox/inbox-ports.js";
import type { Executor } from "../db.js";
import { liveSockets, users } from "../schema.js";

export function presenceRepo(db: Executor): PresenceRepo {
  return {
    async openSocket(socket, at) {
      await db.insert(liveSockets).values({ ...socket, seenAt: at });
    },
    async touchSockets(ids, at) {
      if (ids.length > 0) await db.update(liveSockets).set({ seenAt: at }).where(inArray(liveSockets.id, ids));
    },
    async closeSocket(id) {
      await db.delete(liveSockets).where(eq(liveSockets.id, id));
    },
    async removeStale(before) {
      await db.delete(liveSockets).where(lt(liveSockets.seenAt, before));
    },
    async hasLiveSocket(kind, subjectId, since) {
      const rows = await db
        .select({ id: liveSockets.id })
        .from(liveSockets)
        .where(and(eq(liveSockets.kind, kind), eq(liveSockets.subjectId, subjectId), gt(liveSockets.seenAt, since)))
        .limit(1);
      return rows.length > 0;
    },
    async setAgentPresence(userId, presence) {
      await db.update(users).set({ presence, updatedAt: new Date() }).where(eq(users.id, userId));
    },
    async agentPresences(since) {
      // Written out: drizzle renders a bare column inside a select's sql unqualified, which the subquery would misread.
      const live = sql<boolean>`exists (select 1 from ${liveSockets} s where s.kind = 'agent' and s.subject_id = "users"."id" and s.seen_at > ${since.toISOString()}::timestamptz)`;
      return db
        .select({ userId: users.id, name: users.name, role: users.role, chosen: users.presence, live: live.mapWith(Boolean) })
        .from(users)
        .where(eq(users.disabled, false))
        .orderBy(users.name);
    },
  };
}
