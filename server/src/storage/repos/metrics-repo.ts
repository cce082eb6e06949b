import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { HandoffReason } from "../../domain/agent-decision.js";
import type { ConversationFacts, HandoffDestination } from "../../domain/metrics/conversation-facts.js";
import type { MetricsRepo, UnansweredQuestion } from "../../domain/metrics/metrics-port.js";
import type { Executor } from "../db.js";

const epochMs = z.coerce.number();
const factsRow = z.object({
  id: z.string(),
  started_ms: epochMs,
  locale: z.string(),
  shopper_messages: z.coerce.number(),
  ai_answers: z.coerce.number(),
  lang: z.string().nullable(),
  handoff_reason: z.enum(["missing_knowledge", "customer_request", "repeated_failure", "safety"]).nullable(),
  handoff_destination: z.enum(["inbox", "zendesk", "gorgias"]).nullable(),
  custom_message_shown: z.boolean(),
  queued_ms: epochMs.nullable(),
  first_reply_ms: epochMs.nullable(),
});
const questionRow = z.object({ id: z.string(), conversation_id: z.string(), text: z.string(), lang: z.string(), asked_ms: epochMs });

/** Timestamps leave SQL as epoch milliseconds: the same JS number from PGlite and node-postgres. */
const ms = (column: SQL) => sql`(extract(epoch from ${column}) * 1000)::float8`;
const at = (instant: Date) => sql`${instant.toISOString()}::timestamptz`;

/**
 * The conversations opened in the range, found through the (name, created_at) index of their
 * `conversation_started` event, then everything else joined by conversation id (each table is indexed on
 * it). One statement, so the dashboard costs one round trip whatever the range.
 */
function factsQuery(start: Date, end: Date): SQL {
  return sql`
    with started as (
      select e.conversation_id as id, min(e.created_at) as started_at from conversation_events e
      where e.name = 'conversation_started' and e.created_at >= ${at(start)} and e.created_at < ${at(end)}
      group by e.conversation_id
    ), shopper as (
      select m.conversation_id as id, count(*)::int as shopper_messages,
        (count(*) filter (where m.meta->>'decision' = 'answer'))::int as ai_answers,
        (array_agg(m.meta->>'lang' order by m.seq) filter (where m.meta->>'lang' is not null))[1] as lang
      from messages m join started s on s.id = m.conversation_id
      where m.author = 'visitor' group by m.conversation_id
    ), moves as (
      select e.conversation_id as id, min(e.created_at) filter (where e.to_status = 'queued') as queued_at,
        bool_or(e.name = 'custom_message_shown') as custom_message_shown
      from conversation_events e join started s on s.id = e.conversation_id
      where e.name in ('queued_for_inbox', 'fell_back_to_inbox', 'custom_message_shown') group by e.conversation_id
    ), replies as (
      select mv.id, min(r.created_at) as first_reply_at from moves mv join messages r on r.conversation_id = mv.id
      where r.author = 'agent' and not r.internal and r.created_at >= mv.queued_at group by mv.id
    ), first_handoff as (
      select distinct on (h.conversation_id) h.conversation_id as id, h.reason, h.destination
      from handoffs h join started s on s.id = h.conversation_id order by h.conversation_id, h.created_at, h.id
    )
    select s.id, ${ms(sql`s.started_at`)} as started_ms, c.locale,
      coalesce(sh.shopper_messages, 0) as shopper_messages, coalesce(sh.ai_answers, 0) as ai_answers, sh.lang,
      fh.reason as handoff_reason, fh.destination as handoff_destination,
      coalesce(mv.custom_message_shown, false) as custom_message_shown, ${ms(sql`mv.queued_at`)} as queued_ms,
      ${ms(sql`rp.first_reply_at`)} as first_reply_ms
    from started s join conversations c on c.id = s.id
    left join shopper sh on sh.id = s.id left join moves mv on mv.id = s.id left join replies rp on rp.id = s.id
    left join first_handoff fh on fh.id = s.id`;
}

/**
 * Every unanswered question has an offer (or the custom message) right after it, so the conversations to
 * look in come from the events index; the messages are then read by conversation id. The event window is
 * a minute wider than the range because the event is written a moment after the message.
 */
function questionsQuery(start: Date, end: Date, limit: number): SQL {
  return sql`
    select m.id, m.conversation_id, m.text, coalesce(m.meta->>'lang', c.locale) as lang, ${ms(sql`m.created_at`)} as asked_ms
    from messages m join conversations c on c.id = m.conversation_id
    where m.conversation_id in (
        select e.conversation_id from conversation_events e
        where e.name in ('handoff_offered', 'custom_message_shown')
          and e.created_at >= ${at(start)} and e.created_at < ${at(new Date(end.getTime() + 60_000))})
      and m.author = 'visitor' and m.meta->>'decision' = 'no_knowledge'
      and m.created_at >= ${at(start)} and m.created_at < ${at(end)}
    order by m.created_at desc, m.id limit ${limit}`;
}

function toFacts(row: z.infer<typeof factsRow>): ConversationFacts {
  const handoff: { reason: HandoffReason; destination: HandoffDestination } | null =
    row.handoff_reason && row.handoff_destination ? { reason: row.handoff_reason, destination: row.handoff_destination } : null;
  return {
    conversationId: row.id,
    startedAt: new Date(row.started_ms),
    lang: row.lang ?? row.locale.slice(0, 2),
    shopperMessages: row.shopper_messages,
    aiAnswers: row.ai_answers,
    firstHandoff: handoff,
    customMessageShown: row.custom_message_shown,
    inbox: row.queued_ms === null ? null : {
      queuedAt: new Date(row.queued_ms),
      firstHumanReplyAt: row.first_reply_ms === null ? null : new Date(row.first_reply_ms),
    },
  };
}

export function metricsRepo(db: Executor): MetricsRepo {
  return {
    async conversationFacts({ start, end }) {
      const result = z.object({ rows: z.array(factsRow) }).parse(await db.execute(factsQuery(start, end)));
      return result.rows.map(toFacts);
    },
    async unansweredQuestions({ start, end }, limit) {
      const result = z.object({ rows: z.array(questionRow) }).parse(await db.execute(questionsQuery(start, end, limit)));
      return result.rows.map((r): UnansweredQuestion => ({
        messageId: r.id, conversationId: r.conversation_id, text: r.text, lang: r.lang.slice(0, 2), askedAt: new Date(r.asked_ms),
      }));
    },
  };
}
