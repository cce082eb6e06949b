import { eq } from "drizzle-orm";
import type { ProfileRepo } from "../../domain/ports.js";
import type { Executor } from "../db.js";
import { profiles } from "../schema.js";

export function profileRepo(db: Executor): ProfileRepo {
  return {
    async findById(id) {
      const [row] = await db.select().from(profiles).where(eq(profiles.id, id)).limit(1);
      return row ? { id: row.id, externalId: row.externalId, email: row.email, name: row.name } : null;
    },
    async upsertByExternalId(profile) {
      const [row] = await db
        .insert(profiles)
        .values(profile)
        .onConflictDoUpdate({
          target: profiles.externalId,
          set: { email: profile.email, name: profile.name, updatedAt: new Date() },
        })
        .returning();
      if (!row) throw new Error("profile upsert returned no row");
      return { id: row.id, externalId: row.externalId, email: row.email, name: row.name };
    },
  };
}
