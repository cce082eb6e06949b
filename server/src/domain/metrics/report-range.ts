import { AppError } from "../errors.js";
import { addDays, daysBetweenInclusive, isIsoDate, type IsoDate, localDate, startOfLocalDay } from "./store-days.js";

/** The longest range a report covers: a (leap) year, so "this year vs last" works while a query stays bounded. */
export const maxRangeDays = 366;
/** When the caller names no range: the last 30 store-local days, today included. */
export const defaultRangeDays = 30;

/** A range of whole store-local days and the instants that bound it: `start` included, `end` excluded. */
export interface ReportRange {
  from: IsoDate;
  to: IsoDate;
  timeZone: string;
  start: Date;
  end: Date;
}

/**
 * Checks a requested range of store-local days and turns it into instants. Missing ends default to the
 * last 30 days (ending today, or starting at `from`). Refuses with `validation_failed` (HTTP 400) a date
 * that does not exist, `from` after `to`, or more than 366 days.
 *
 * @example
 * resolveReportRange({ from: "2026-03-01", to: "2026-03-31" }, now, "Europe/Madrid").start
 * // 2026-02-28T23:00:00.000Z
 */
export function resolveReportRange(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
  timeZone: string,
): ReportRange {
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && !isIsoDate(value)) {
      throw new AppError("validation_failed", `"${name}" must be a calendar date written YYYY-MM-DD; got "${value}".`);
    }
  }
  const today = localDate(now, timeZone);
  const to = query.to ?? (query.from ? defaultEnd(query.from, today) : today);
  const from = query.from ?? addDays(to, -(defaultRangeDays - 1));
  if (from > to) throw new AppError("validation_failed", `"from" (${from}) must be on or before "to" (${to}).`);
  const days = daysBetweenInclusive(from, to);
  if (days > maxRangeDays) {
    throw new AppError("validation_failed", `The range covers ${days} days; at most ${maxRangeDays} are allowed.`);
  }
  return { from, to, timeZone, start: startOfLocalDay(from, timeZone), end: startOfLocalDay(addDays(to, 1), timeZone) };
}

/** 30 days from `from`, cut at today — but never before `from` itself (a range starting in the future). */
function defaultEnd(from: IsoDate, today: IsoDate): IsoDate {
  const end = addDays(from, defaultRangeDays - 1);
  if (end <= today) return end;
  return today < from ? from : today;
}
