import { eq, sql } from "drizzle-orm";
import type { LoginFailureRepo } from "../../domain/inbox/inbox-ports.js";
import type { Executor } from "../db.js";
import { loginFailures } from "../schema.js";

export function loginFailureRepo(db: Executor): LoginFailureRepo {
  return {
    async failures(key, windowStart) {
      const [row] = await db.select().from(loginFailures).where(eq(loginFailures.key, key)).limit(1);
      return row && row.windowStartedAt > windowStart ? row.failures : 0;
    },
    async recordFailure(key, now, windowStart) {
      // One statement, so concurrent failures on several processes all count.
      const expired = sql`${loginFailures.windowStartedAt} <= ${windowStart.toISOString()}::timestamptz`;
      const [row] = await db
        .insert(loginFailures)
        .values({ key, failures: 1, windowStartedAt: now })
        .onConflictDoUpdate({
          target: loginFailures.key,
          set: {
            failures: sql`case when ${expired} then 1 else ${loginFailures.failures} + 1 end`,
            windowStartedAt: sql`case when ${expired} then ${now.toISOString()}::timestamptz else ${loginFailures.windowStartedAt} end`,
          },
        })
        .returning({ failures: loginFailures.failures });
      return row?.failures ?? 1;
    },
    async clear(key) {
      await db.delete(loginFailures).where(eq(loginFailures.key, key));
    },
  };
}
