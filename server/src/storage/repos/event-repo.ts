import { randomUUID } from "node:crypto";
import type { EventRepo } from "../../domain/ports.js";
import type { Executor } from "../db.js";
import { conversationEvents } from "../schema.js";

export function eventRepo(db: Executor): EventRepo {
  return {
    async append(conversationId, events, at) {
      if (events.length === 0) return;
      await db.insert(conversationEvents).values(
        events.map((e, i) => ({
          id: randomUUID(),
          conversationId,
          name: e.name,
          fromStatus: e.from,
          toStatus: e.to,
          data: e.data ?? null,
          createdAt: new Date(at.getTime() + i),
        })),
      );
    },
  };
}
