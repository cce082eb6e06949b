import type { ConsoleStrings } from "../../i18n/console";

/** 0.4271 → "42.7 %" in the console's language; null (nobody wrote) → the "no data" dash. */
export function percent(lang: string, rate: number | null, none: string): string {
  return rate === null
    ? none
    : new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(rate);
}

/** Seconds → "45 s", "12 min", "3.5 h". */
export function duration(t: ConsoleStrings, seconds: number | null): string {
  if (seconds === null) return t.dashboard.noData;
  if (seconds < 90) return t.durations.seconds(Math.round(seconds));
  if (seconds < 90 * 60) return t.durations.minutes(Math.round(seconds / 60));
  return t.durations.hours(Math.round((seconds / 3600) * 10) / 10);
}
