import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { ApiKeyRepo, SessionRepo, UserRepo } from "../../domain/ports.js";
import type { Executor } from "../db.js";
import { apiKeys, sessions, users } from "../schema.js";

export function userRepo(db: Executor): UserRepo {
  return {
    async insert(user) {
      await db.insert(users).values(user);
    },
    async findById(id) {
      const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
      return row ?? null;
    },
    async findByEmail(email) {
      const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
      return row ?? null;
    },
    async list() {
      return db.select().from(users).orderBy(asc(users.createdAt));
    },
    async update(id, changes) {
      await db.update(users).set({ ...changes, updatedAt: new Date() }).where(eq(users.id, id));
    },
  };
}

export function sessionRepo(db: Executor): SessionRepo {
  return {
    async insert(session) {
      await db.insert(sessions).values(session);
    },
    async findValid(tokenHash, now) {
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
        .limit(1);
      return row ?? null;
    },
    async remove(tokenHash) {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },
    async removeForUser(userId) {
      await db.delete(sessions).where(eq(sessions.userId, userId));
    },
  };
}

export function apiKeyRepo(db: Executor): ApiKeyRepo {
  return {
    async insert(key) {
      await db.insert(apiKeys).values(key);
    },
    async findActiveByHash(keyHash) {
      const [row] = await db.select().from(apiKeys).where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt))).limit(1);
      return row ?? null;
    },
    async list() {
      return db.select().from(apiKeys).orderBy(asc(apiKeys.createdAt));
    },
    async revoke(id, at) {
      const rows = await db.update(apiKeys).set({ revokedAt: at }).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt))).returning({ id: apiKeys.id });
      return rows.length > 0;
    },
  };
}
