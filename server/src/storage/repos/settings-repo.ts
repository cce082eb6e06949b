import { eq } from "drizzle-orm";
import type { SettingsRepo } from "../../domain/ports.js";
import type { Executor } from "../db.js";
import { settings } from "../schema.js";

export function settingsRepo(db: Executor): SettingsRepo {
  return {
    async get<T>(key: string) {
      const [row] = await db.select().from(settings).where(eq(settings.key, key)).limit(1);
      // Values are written only through `set` by the settings use cases, which validate them with zod.
      return row ? (row.value as T) : null;
    },
    async remove(key) {
      await db.delete(settings).where(eq(settings.key, key));
    },
    async set(key, value) {
      await db
        .insert(settings)
        .values({ key, value })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
    },
  };
}
