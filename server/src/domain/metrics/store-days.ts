/**
 * Calendar days in the store's time zone. Metrics count "a day" as the merchant sees it on their wall
 * clock, not UTC: a Madrid store's Monday starts at 22:00 or 23:00 UTC on Sunday depending on DST.
 * Pure: only the runtime's IANA time-zone data (Intl) is used.
 */

/** A calendar date written YYYY-MM-DD. */
export type IsoDate = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23",
      year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClock(instant: Date, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const at = (key: string) => parts[key] ?? 0;
  return { year: at("year"), month: at("month"), day: at("day"), hour: at("hour"), minute: at("minute"), second: at("second") };
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetMs(instant: number, timeZone: string): number {
  const w = wallClock(new Date(instant), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The store-local date of an instant.
 *
 * @example
 * localDate(new Date("2026-03-01T23:30:00Z"), "Europe/Madrid") // "2026-03-02"
 */
export function localDate(instant: Date, timeZone: string): IsoDate {
  const w = wallClock(instant, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/**
 * The instant a store-local day begins: local midnight read with the offsets in force the day before, on
 * the day and the day after, keeping the earliest that falls on that date. So days of 23 or 25 hours come
 * out right, and so does a day whose midnight does not exist (Santiago, Havana: clocks jump from 00:00 to
 * 01:00, and the day starts at that jump).
 *
 * @example
 * startOfLocalDay("2026-07-01", "Europe/Madrid").toISOString() // "2026-06-30T22:00:00.000Z"
 */
export function startOfLocalDay(date: IsoDate, timeZone: string): Date {
  const midnightAsUtc = Date.parse(`${date}T00:00:00Z`);
  const candidates = [-86_400_000, 0, 86_400_000].map((shift) => midnightAsUtc - offsetMs(midnightAsUtc + shift, timeZone));
  const onDate = candidates.filter((instant) => localDate(new Date(instant), timeZone) === date);
  return new Date(Math.min(...(onDate.length > 0 ? onDate : candidates)));
}

/** The date `days` after (or before, when negative) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included (1 when they are equal). */
export function daysBetweenInclusive(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Every date from `from` to `to`, both included, in order. */
export function eachDay(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === value;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
