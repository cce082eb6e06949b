/**
 * When the store's team works: an IANA time zone, opening intervals per weekday in that zone's wall-clock
 * time, and closed dates (holidays). `null` office hours mean "always within hours".
 *
 * An interval whose end is not after its start crosses midnight ("22:00"–"02:00"); it belongs to the day it
 * starts on, so a holiday closes the interval that starts on it and not the one that ends on it.
 *
 * @example
 * const hours: OfficeHours = {
 *   timezone: "Europe/Madrid",
 *   weekly: { mon: [{ start: "09:00", end: "14:00" }, { start: "16:00", end: "19:00" }] },
 *   closedDates: ["2026-12-25"],
 * };
 */
export interface OfficeHours {
  timezone: string;
  weekly: Partial<Record<Weekday, OfficeInterval[]>>;
  /** Local dates (YYYY-MM-DD in `timezone`) on which no interval starts. */
  closedDates: string[];
}

export interface OfficeInterval {
  /** "HH:MM", 00:00–23:59 */
  start: string;
  /** "HH:MM", 00:00–24:00; not after `start` means it ends the next day */
  end: string;
}

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];

export const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** "09:30" → 570 minutes after midnight. */
export function clockMinutes(clock: string): number {
  const [hours = "0", minutes = "0"] = clock.split(":");
  return Number(hours) * 60 + Number(minutes);
}

/** An interval as minutes from the start of its day; `end` may exceed 1440 when it crosses midnight. */
export function intervalMinutes(interval: OfficeInterval): { start: number; end: number } {
  const start = clockMinutes(interval.start);
  const end = clockMinutes(interval.end);
  return { start, end: end > start ? end : end + 24 * 60 };
}
