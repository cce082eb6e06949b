import type { MetricsReportDto } from "@relevo/contracts";
import { useI18n } from "../lib/i18n";

type Day = MetricsReportDto["byDay"][number];

const series = [
  { key: "resolvedByAi", color: "#1f5f5b" },
  { key: "routedToTeam", color: "#c77d14" },
  { key: "customMessage", color: "#6b5bb5" },
  { key: "rest", color: "#b9c3c8" },
] as const;

function parts(d: Day): Record<(typeof series)[number]["key"], number> {
  return {
    resolvedByAi: d.resolvedByAi,
    routedToTeam: d.routedToTeam,
    customMessage: d.customMessage,
    rest: Math.max(0, d.conversations - d.resolvedByAi - d.routedToTeam - d.customMessage),
  };
}

/**
 * Conversations per day as stacked bars (inline SVG, no chart library): resolved by the AI, routed to the
 * team, custom message, the rest. The SVG is one labelled image; the numbers are also in a table below.
 */
export function DayChart({ days }: { days: Day[] }) {
  const { t, number, date } = useI18n();
  const d = t.dashboard;
  const width = 760;
  const height = 220;
  const pad = { left: 36, bottom: 22, top: 8 };
  // An even top keeps the middle gridline on a whole number.
  const top = Math.max(2, ...days.map((x) => x.conversations));
  const max = top % 2 === 0 ? top : top + 1;
  const slot = (width - pad.left) / Math.max(1, days.length);
  const y = (value: number) => ((height - pad.bottom - pad.top) * value) / max;
  const total = days.reduce((sum, x) => sum + x.conversations, 0);
  const labelEvery = Math.ceil(days.length / 10);
  const names = {
    resolvedByAi: d.resolution,
    routedToTeam: d.routed,
    customMessage: d.custom,
    rest: d.unresolved,
  };
  return (
    <figure class="chart card stack">
      <figcaption>
        <h2>{d.perDay}</h2>
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={d.chartLabel(days.length, number(total))}
      >
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line
              x1={pad.left}
              x2={width}
              y1={height - pad.bottom - y(max * f)}
              y2={height - pad.bottom - y(max * f)}
              stroke="#e3e8ea"
            />
            <text
              x={pad.left - 6}
              y={height - pad.bottom - y(max * f) + 4}
              text-anchor="end"
              font-size="11"
              fill="#4f5d66"
            >
              {number(max * f)}
            </text>
          </g>
        ))}
        {days.map((day, i) => {
          let base = height - pad.bottom;
          const x = pad.left + i * slot + slot * 0.15;
          const p = parts(day);
          return (
            <g key={day.date}>
              <title>{`${date(`${day.date}T12:00:00Z`)}: ${number(day.conversations)}`}</title>
              {series.map((s) => {
                const h = y(p[s.key]);
                base -= h;
                return h > 0 ? (
                  <rect key={s.key} x={x} y={base} width={slot * 0.7} height={h} fill={s.color} />
                ) : null;
              })}
              {i % labelEvery === 0 ? (
                <text x={x + slot * 0.35} y={height - 6} text-anchor="middle" font-size="11" fill="#4f5d66">
                  {day.date.slice(5)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <ul class="legend inline-list" aria-label={d.legend}>
        {series.map((s) => (
          <li key={s.key}>
            <span class="swatch" style={{ background: s.color }} aria-hidden="true" /> {names[s.key]}
          </li>
        ))}
      </ul>
      <details>
        <summary>{d.showTable}</summary>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{d.date}</th>
                <th scope="col">{d.conversations}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col">
                    {names[s.key]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {days.map((day) => (
                <tr key={day.date}>
                  <td>{day.date}</td>
                  <td>{day.conversations}</td>
                  {series.map((s) => (
                    <td key={s.key}>{parts(day)[s.key]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
