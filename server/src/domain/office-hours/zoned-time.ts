import { type Weekday, weekdays } from "./office-hours.js";

/** A wall-clock reading in a time zone: the local date, its weekday and minutes since local midnight. */
export interface WallClock {
  date: string;
  weekday: Weekday;
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", weekday: "short", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows the IANA zone (Intl throws a RangeError otherwise). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** What a clock on the wall in `timeZone` shows at `instant` (Intl applies the zone's DST rules). */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  const weekday = weekdays.find((d) => d === parts.weekday?.toLowerCase()) ?? "mon";
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** The local date `days` after `date` (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): Weekday {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  const sundayFirst = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekdays[(sundayFirst + 6) % 7] ?? "mon";
}

/** Minutes the zone is ahead of UTC at `instant`. */
function offsetMinutes(instant: number, timeZone: string): number {
  const wall = wallClock(new Date(instant), timeZone);
  const [y = 0, m = 1, d = 1] = wall.date.split("-").map(Number);
  const asUtc = Date.UTC(y, m - 1, d, 0, wall.minutes);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a wall clock in `timeZone` shows `date` + `minutes` (minutes may exceed a day). When that
 * reading happens twice (autumn DST), the first one; when it never happens (spring DST gap), the first
 * instant after the gap — the moment the wall clock passes the requested reading.
 */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  const asUtc = Date.UTC(y, m - 1, d, 0, minutes);
  const candidates = [...new Set([offsetMinutes(asUtc, timeZone), offsetMinutes(asUtc - 36e5 * 3, timeZone), offsetMinutes(asUtc + 36e5 * 3, timeZone)])]
    .map((offset) => asUtc - offset * 60_000)
    .sort((a, b) => a - b);
  const exact = candidates.find((t) => asUtcOf(t, timeZone) === asUtc);
  if (exact !== undefined) return new Date(exact);
  return new Date(firstInstantShowingAtLeast(asUtc, candidates, timeZone));
}

/** The wall-clock reading at `instant`, expressed as if it were UTC (for comparisons). */
function asUtcOf(instant: number, timeZone: string): number {
  const wall = wallClock(new Date(instant), timeZone);
  const [y = 0, m = 1, d = 1] = wall.date.split("-").map(Number);
  return Date.UTC(y, m - 1, d, 0, wall.minutes);
}

/** Binary search (to the minute) for the end of a DST gap. */
function firstInstantShowingAtLeast(target: number, candidates: number[], timeZone: string): number {
  let low = (candidates[0] ?? target) - 36e5 * 3;
  let high = (candidates[candidates.length - 1] ?? target) + 36e5 * 3;
  while (high - low > 60_000) {
    const mid = Math.floor((low + high) / 2 / 60_000) * 60_000;
    if (asUtcOf(mid, timeZone) >= target) high = mid;
    else low = mid;
  }
  return high;
}
