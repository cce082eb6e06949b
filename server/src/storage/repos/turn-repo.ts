import { and, eq, getTableColumns, type SQL, sql } from "drizzle-orm";
import type { NewMessage, TurnRepo, TurnWrite } from "../../domain/ports.js";
import type { MessageRecord } from "../../domain/records.js";
import { z } from "zod";
import type { Executor } from "../db.js";
import { conversations } from "../schema.js";
import { toConversationRecord } from "./conversation-repo.js";

/**
 * A shopper turn in two statements (was seven): the read brings the shopper's recent texts with the
 * conversation, the write is one statement of data-modifying CTEs, atomic without a transaction.
 */
export function turnRepo(db: Executor): TurnRepo {
  return {
    async load(conversationId, contextLimit) {
      const [row] = await db
        .select({ ...getTableColumns(conversations), recentVisitorTexts: recentVisitorTexts(contextLimit) })
        .from(conversations)
        .where(eq(conversations.id, conversationId))
        .limit(1);
      if (!row) return null;
      const { recentVisitorTexts: texts, ...conversation } = row;
      return { conversation: toConversationRecord(conversation), recentVisitorTexts: texts ?? [] };
    },
    async write(turn) {
      const { rows } = numberedRows.parse(await db.execute(writeStatement(db, turn)));
      if (rows.length === 0) return null;
      const seqs = new Map(rows.map((r) => [r.id, Number(r.seq)]));
      return messageRecords(turn).map((m) => ({ ...m, seq: seqs.get(m.id) ?? 0 })).sort((a, b) => a.seq - b.seq);
    },
  };
}

/** Both drivers answer `{ rows }`; the write returns each inserted message's id and number. */
const numberedRows = z.object({ rows: z.array(z.object({ id: z.string(), seq: z.coerce.number() })) });

/**
 * The shopper's last texts in the current context (since context_started_at), oldest first, as a JSON array.
 * Names are written out: drizzle prints a single-table select's columns unqualified, which would bind
 * the subquery's `id` to messages.
 */
function recentVisitorTexts(limit: number): SQL<string[] | null> {
  return sql<string[] | null>`(select json_agg(recent.text order by recent.seq) from (
    select m.text, m.seq from messages m
    where m.conversation_id = "conversations"."id" and m.author = 'visitor' and m.created_at >= "conversations"."context_started_at"
    order by m.seq desc limit ${limit}) recent)`;
}

/** Distinct timestamps a millisecond apart keep the order readable in exports that sort by time (as messages.append). */
function messageRecords(turn: TurnWrite): Array<Omit<MessageRecord, "seq">> {
  return turn.messages.map((m: NewMessage, i) => ({ ...m, conversationId: turn.conversationId, createdAt: m.createdAt ?? new Date(turn.at.getTime() + i) }));
}

/**
 * `bumped` is the optimistic version check; the inserts join it, so a stale turn writes nothing and
 * returns no rows. When the update succeeds every earlier writer (they all bump the version) is in this
 * statement's snapshot, so max(seq) is the conversation's last message, as in messages.append.
 */
function writeStatement(db: Executor, turn: TurnWrite): SQL {
  const { id: _id, version: _version, ...changes } = turn.changes;
  const bumped = db
    .update(conversations)
    .set({ ...changes, version: turn.expectedVersion + 1, updatedAt: new Date() })
    .where(and(eq(conversations.id, turn.conversationId), eq(conversations.version, turn.expectedVersion)))
    .returning({ id: conversations.id });
  const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
  const messageRows = sql.join(
    messageRecords(turn).map((m, i) => sql`(${m.id}::uuid, ${m.author}, ${m.authorName}, ${m.userId}::uuid, ${m.text},
      ${json(m.citations)}::jsonb, ${json(m.actions)}::jsonb, ${m.internal}::boolean, ${json(m.meta)}::jsonb, ${i + 1}::int, ${m.createdAt.toISOString()}::timestamptz)`),
    sql`, `,
  );
  const events = turn.events.length === 0 ? sql`` : sql`, noted as (
    insert into conversation_events (id, conversation_id, name, from_status, to_status, data, created_at)
    select v.id, bumped.id, v.name, v.from_status, v.to_status, v.data, v.created_at
    from (values ${sql.join(turn.events.map((e, i) => sql`(gen_random_uuid(), ${e.name}, ${e.from}, ${e.to}, ${json(e.data)}::jsonb, ${new Date(turn.at.getTime() + i).toISOString()}::timestamptz)`), sql`, `)})
      as v (id, name, from_status, to_status, data, created_at) cross join bumped)`;
  return sql`with bumped as ${bumped},
    last as (select coalesce(max(seq), 0) as seq from messages where conversation_id = ${turn.conversationId}),
    inserted as (
      insert into messages (id, conversation_id, author, author_name, user_id, text, citations, actions, internal, meta, seq, created_at)
      select v.id, bumped.id, v.author, v.author_name, v.user_id, v.text, v.citations, v.actions, v.internal, v.meta, last.seq + v.n, v.created_at
      from (values ${messageRows}) as v (id, author, author_name, user_id, text, citations, actions, internal, meta, n, created_at)
        cross join bumped cross join last
      returning id, seq)${events}
    select id, seq from inserted`;
}
