import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { EventBus } from "../app/event-bus.js";
import type { DomainEvent } from "../domain/domain-events.js";
import type { Database } from "./db.js";
import { toMessageRecord } from "./repos/message-repo.js";
import { messages } from "./schema.js";

const channel = "relevo_events";
/** NOTIFY payloads must stay under 8000 bytes; a larger message travels as a reference and is re-read. */
const maxPayloadBytes = 7500;

type Envelope = { origin: string; event: DomainEvent } | { origin: string; messageRef: { conversationId: string; messageId: string } };

/**
 * Carries domain events between Relevo processes on one PostgreSQL with LISTEN/NOTIFY, so a shopper on
 * one process sees an agent's reply sent through another. Each process ignores its own echoes.
 */
export async function startNotifyRelay(database: Database, bus: EventBus): Promise<() => Promise<void>> {
  const origin = randomUUID();
  const stop = await database.listen(channel, (payload) => {
    void receive(database, bus, origin, payload);
  });
  bus.forwardPublished((event) => {
    let payload = JSON.stringify({ origin, event } satisfies Envelope);
    // Drafts relay too (the shopper's socket may be on another process than the POST): a few small NOTIFYs
    // per streamed reply, throttled by the answerer. One too large to carry is skipped; the stored reply follows.
    if (Buffer.byteLength(payload) > maxPayloadBytes && event.type === "reply.draft") return;
    if (Buffer.byteLength(payload) > maxPayloadBytes && event.type === "message.created") {
      payload = JSON.stringify({ origin, messageRef: { conversationId: event.conversationId, messageId: event.message.id } } satisfies Envelope);
    }
    database.notify(channel, payload).catch(() => {
      // Realtime is best effort across processes: the message is stored and shows on the next read.
    });
  });
  return stop;
}

async function receive(database: Database, bus: EventBus, origin: string, payload: string): Promise<void> {
  const envelope: Envelope = JSON.parse(payload, reviveDates);
  if (envelope.origin === origin) return;
  if ("event" in envelope) return bus.deliverLocally(envelope.event);
  const [row] = await database.db.select().from(messages).where(eq(messages.id, envelope.messageRef.messageId)).limit(1);
  if (row) bus.deliverLocally({ type: "message.created", conversationId: envelope.messageRef.conversationId, message: toMessageRecord(row) });
}

const isoDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Records carry Date fields (createdAt, updatedAt …); JSON turns them into strings, this turns them back. */
function reviveDates(key: string, value: unknown): unknown {
  return key.endsWith("At") && typeof value === "string" && isoDate.test(value) ? new Date(value) : value;
}
