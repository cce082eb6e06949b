import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { onThreadedPglite, resetDatabase, testDatabase } from "../../test/support/test-db.js";
import { createEventBus } from "../app/event-bus.js";
import type { DomainEvent } from "../domain/domain-events.js";
import type { ConversationRecord, MessageRecord } from "../domain/records.js";
import type { Database } from "./db.js";
import { startNotifyRelay } from "./notify-relay.js";
import { createUnitOfWork } from "./unit-of-work.js";

const conversation: ConversationRecord = {
  id: "6f1c2a4e-9f5e-4c1b-8d0a-3f2b1c0d9e8a", visitorTokenHash: "hash", status: "ai", locale: "en", pageUrl: null, profileId: null,
  email: null, name: null, unansweredInARow: 0, pendingReason: null, contextStartedAt: new Date(), assignedUserId: null, version: 1,
  lastActivityAt: new Date(), createdAt: new Date(), updatedAt: new Date(),
};

function message(seq: number, text: string): MessageRecord {
  return {
    id: `00000000-0000-4000-8000-00000000000${seq}`, conversationId: conversation.id, author: seq % 2 ? "visitor" : "ai", authorName: null,
    userId: null, text, citations: null, actions: null, internal: false, meta: null, seq, createdAt: new Date(),
  };
}

/**
 * Two processes' buses on one database: what `sender` publishes reaches `receiver` through NOTIFY.
 * (Not on the threaded PGlite: an embedded store is one process and LISTEN is not relayed to its thread.)
 */
describe.skipIf(onThreadedPglite())("the cross-process relay", () => {
  let database: Database;
  let notifies: string[];
  const stops: Array<() => Promise<void>> = [];

  beforeEach(async () => {
    database = await testDatabase();
    await resetDatabase(database);
    notifies = [];
  });
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });

  async function pair() {
    const notify = (channel: string, payload: string) => {
      notifies.push(payload);
      return database.notify(channel, payload);
    };
    const counting: Database = { ...database, notify };
    const sender = createEventBus();
    const receiver = createEventBus();
    stops.push(await startNotifyRelay(counting, sender), await startNotifyRelay(database, receiver));
    const received: DomainEvent[] = [];
    receiver.subscribe((event) => received.push(event));
    return { sender, received };
  }

  async function until(check: () => boolean) {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  it("sends a whole turn (messages, then the conversation's state) in one NOTIFY and delivers every event in order", async () => {
    const { sender, received } = await pair();
    const turn: DomainEvent[] = [
      { type: "message.created", conversationId: conversation.id, message: message(1, "How long does shipping take?") },
      { type: "message.created", conversationId: conversation.id, message: message(2, "Orders arrive in 3-5 business days.") },
      { type: "conversation.updated", conversationId: conversation.id, conversation },
    ];
    for (const event of turn) sender.publish(event);
    await until(() => received.length === turn.length);
    expect(notifies).toHaveLength(1);
    expect(received).toEqual(turn);
  });

  it("splits a turn too large for one NOTIFY into several under the limit, and sends a huge message as a reference to re-read", async () => {
    const { sender, received } = await pair();
    const uow = createUnitOfWork(database);
    await uow.repos.conversations.insert(conversation);
    const [huge] = await uow.repos.messages.append(conversation.id, [{ ...message(1, "x".repeat(9_000)), createdAt: undefined }]);
    if (!huge) throw new Error("not stored");
    const turn: DomainEvent[] = [
      { type: "message.created", conversationId: conversation.id, message: huge },
      ...[2, 4, 6].map((seq): DomainEvent => ({ type: "message.created", conversationId: conversation.id, message: message(seq, "y".repeat(3_000)) })),
    ];
    for (const event of turn) sender.publish(event);
    await until(() => received.length === turn.length);
    expect(notifies.every((payload) => Buffer.byteLength(payload) < 8000)).toBe(true);
    expect(notifies.length).toBeGreaterThan(1);
    expect(notifies.length).toBeLessThan(turn.length + 1);
    expect(received).toEqual(turn);
  });

  it("sends a knowledge change naming too many entries for one NOTIFY without the names, so the others read everything", async () => {
    const { sender, received } = await pair();
    const ids = Array.from({ length: 1_000 }, (_, i) => `imported-faq-${i}`);
    sender.publish({ type: "knowledge.changed", ids: ids.slice(0, 3) });
    sender.publish({ type: "knowledge.changed", ids });
    await until(() => received.length === 2);
    expect(received).toEqual([{ type: "knowledge.changed", ids: ids.slice(0, 3) }, { type: "knowledge.changed" }]);
  });
});
