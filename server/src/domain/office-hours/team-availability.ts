import { intervalMinutes, type OfficeHours } from "./office-hours.js";
import { addDays, wallClock, weekdayOf, zonedInstant } from "./zoned-time.js";

/**
 * What the shopper is promised when their conversation reaches the Inbox:
 * - `available`: someone is online now, an agent will join;
 * - `away`: within office hours but nobody online — the auto-reply;
 * - `closed`: outside office hours — the office-hours message.
 * `nextOpenAt` is the next time the team's hours begin (null when they never close or never open).
 */
export type TeamAvailability =
  | { kind: "available" }
  | { kind: "away"; nextOpenAt: Date | null }
  | { kind: "closed"; nextOpenAt: Date | null };

/** How far ahead to look for the next opening: a year covers any holiday list. */
const horizonDays = 370;

/**
 * Is someone available now, and if not, when is the team next available. An online agent counts even
 * outside office hours: promising "we're back Monday" while a person could answer now helps nobody.
 *
 * @example
 * teamAvailability({ now, officeHours: null, agentsOnline: 0 }) // → { kind: "away", nextOpenAt: null }
 */
export function teamAvailability(input: { now: Date; officeHours: OfficeHours | null; agentsOnline: number }): TeamAvailability {
  if (input.agentsOnline > 0) return { kind: "available" };
  const hours = input.officeHours;
  if (!hours) return { kind: "away", nextOpenAt: null };
  const nextOpenAt = nextOpening(input.now, hours);
  return isWithinHours(input.now, hours) ? { kind: "away", nextOpenAt } : { kind: "closed", nextOpenAt };
}

/** Whether `instant` falls inside an interval of a day that is not closed (DST-aware, by wall clock). */
export function isWithinHours(instant: Date, hours: OfficeHours): boolean {
  const wall = wallClock(instant, hours.timezone);
  const yesterday = addDays(wall.date, -1);
  return coversMinute(hours, wall.date, wall.minutes) || coversMinute(hours, yesterday, wall.minutes + 24 * 60);
}

/** Whether an interval starting on local `date` covers `minute` (counted from that date's midnight). */
function coversMinute(hours: OfficeHours, date: string, minute: number): boolean {
  if (hours.closedDates.includes(date)) return false;
  return (hours.weekly[weekdayOf(date)] ?? []).some((interval) => {
    const { start, end } = intervalMinutes(interval);
    return start <= minute && minute < end;
  });
}

/**
 * The first instant after `after` when the team's hours begin, skipping back-to-back intervals (an opening
 * only counts if the minute before it was closed). Null when there is none within a year.
 */
export function nextOpening(after: Date, hours: OfficeHours): Date | null {
  const today = wallClock(after, hours.timezone).date;
  for (let day = 0; day <= horizonDays; day++) {
    const date = addDays(today, day);
    if (hours.closedDates.includes(date)) continue;
    const starts = (hours.weekly[weekdayOf(date)] ?? []).map((i) => intervalMinutes(i).start).sort((a, b) => a - b);
    for (const start of starts) {
      const at = zonedInstant(date, start, hours.timezone);
      if (at > after && !isWithinHours(new Date(at.getTime() - 60_000), hours)) return at;
    }
  }
  return null;
}
