import type { ConversationFacts } from "./conversation-facts.js";
import type { ReportRange } from "./report-range.js";
import { eachDay, type IsoDate, localDate } from "./store-days.js";
import { type MetricsSummary, summarizeConversations } from "./summarize-conversations.js";

export interface MetricsReport {
  from: IsoDate;
  to: IsoDate;
  timeZone: string;
  /** The language the report was narrowed to; null for every language. */
  lang: string | null;
  totals: MetricsSummary;
  /** One entry per store-local day of the range, days without chats included (all zero, rates null). */
  byDay: Array<{ date: IsoDate } & MetricsSummary>;
  /** One entry per language seen in the range, most conversations first. */
  byLanguage: Array<{ lang: string } & MetricsSummary>;
}

/**
 * The dashboard: the same formulas (summarize-conversations.ts) over the whole range, each store-local day
 * and each language. A conversation belongs to the day and range it was opened in, whatever happened
 * later; its language is that of its first analysed message.
 *
 * @example
 * computeMetrics(facts, resolveReportRange({ from: "2026-03-01", to: "2026-03-07" }, now, "UTC"), null).byDay.length // 7
 */
export function computeMetrics(facts: readonly ConversationFacts[], range: ReportRange, lang: string | null): MetricsReport {
  const inRange = facts.filter(
    (c) => c.startedAt >= range.start && c.startedAt < range.end && (lang === null || c.lang === lang),
  );
  const byDate = groupBy(inRange, (c) => localDate(c.startedAt, range.timeZone));
  const byLang = groupBy(inRange, (c) => c.lang);
  return {
    from: range.from,
    to: range.to,
    timeZone: range.timeZone,
    lang,
    totals: summarizeConversations(inRange),
    byDay: eachDay(range.from, range.to).map((date) => ({ date, ...summarizeConversations(byDate.get(date) ?? []) })),
    byLanguage: [...byLang.entries()]
      .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
      .map(([key, group]) => ({ lang: key, ...summarizeConversations(group) })),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
