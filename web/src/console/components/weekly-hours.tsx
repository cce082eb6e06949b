import { useI18n } from "../lib/i18n";

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];
export type Interval = { start: string; end: string };
export type Weekly = Record<Weekday, Interval[]>;

/** Hours per weekday: zero or more intervals each (an end before the start runs past midnight). */
export function WeeklyHours({ weekly, onChange }: { weekly: Weekly; onChange(weekly: Weekly): void }) {
  const { t } = useI18n();
  const h = t.hours;
  const setDay = (day: Weekday, intervals: Interval[]) => onChange({ ...weekly, [day]: intervals });
  return (
    <fieldset class="stack">
      <legend>{h.weekly}</legend>
      <p class="hint">{h.midnightHint}</p>
      {weekdays.map((day) => (
        <div class="weekday row" key={day}>
          <span class="day-name" id={`day-${day}`}>
            {h.days[day]}
          </span>
          {weekly[day].length === 0 ? <span class="muted">{h.closed}</span> : null}
          {weekly[day].map((interval, i) => (
            <span class="row interval" key={`${day}-${i}`}>
              <label class="visually-hidden" for={`${day}-${i}-start`}>{`${h.days[day]} ${h.start}`}</label>
              <input
                id={`${day}-${i}-start`}
                type="time"
                required
                value={interval.start}
                onInput={(e) =>
                  setDay(
                    day,
                    weekly[day].map((x, j) => (j === i ? { ...x, start: e.currentTarget.value } : x)),
                  )
                }
              />
              <span aria-hidden="true">–</span>
              <label class="visually-hidden" for={`${day}-${i}-end`}>{`${h.days[day]} ${h.end}`}</label>
              <input
                id={`${day}-${i}-end`}
                type="time"
                required
                value={interval.end === "24:00" ? "23:59" : interval.end}
                onInput={(e) =>
                  setDay(
                    day,
                    weekly[day].map((x, j) => (j === i ? { ...x, end: e.currentTarget.value } : x)),
                  )
                }
              />
              <button
                type="button"
                class="ghost"
                aria-label={`${h.removeInterval}: ${h.days[day]}`}
                onClick={() =>
                  setDay(
                    day,
                    weekly[day].filter((_, j) => j !== i),
                  )
                }
              >
                ✕
              </button>
            </span>
          ))}
          {weekly[day].length < 8 ? (
            <button
              type="button"
              aria-describedby={`day-${day}`}
              onClick={() => setDay(day, [...weekly[day], { start: "09:00", end: "17:00" }])}
            >
              {h.addInterval}
            </button>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}
