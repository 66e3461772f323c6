import type { ExperimentResults } from "@hirefolio/shared";
import { colorOf } from "../variant-colors";

const width = 480;
const height = 190;
const pad = { left: 30, right: 8, top: 10, bottom: 24 };

/** A round top for the y-axis and its tick values, all distinct whole numbers. */
function yTicks(max: number) {
  const top = max <= 4 ? 4 : Math.ceil(max / 4) * 4;
  return { top, ticks: [0, top / 4, top / 2, (3 * top) / 4, top] };
}

/**
 * Per day, one bar per variant: its height is the goal's trials that day, the solid part the conversions among
 * them (interviews are dated by their application).
 */
export function TimelineChart({ results }: { results: ExperimentResults }) {
  const { timeline, trialsNoun: trials, conversionsNoun: conversions } = results;
  const labels = results.variants.map((v) => v.label);
  const max = Math.max(0, ...timeline.flatMap((day) => day.variants.map((v) => v[trials])));
  const { top, ticks } = yTicks(max);
  const plotWidth = width - pad.left - pad.right;
  const slot = plotWidth / Math.max(1, timeline.length);
  const barWidth = Math.min(22, (slot * 0.8) / labels.length);
  const y = (value: number) => pad.top + (1 - value / top) * (height - pad.top - pad.bottom);
  const first = timeline[0]?.date ?? "";
  const last = timeline.at(-1)?.date ?? "";

  return (
    <figure className="space-y-3">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full"
        role="img"
        aria-label={`Daily ${trials} and ${conversions} per variant from ${first} to ${last}`}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
            <text x={pad.left - 6} y={y(tick) + 3.5} textAnchor="end" className="fill-slate-500 text-[10px]">
              {tick}
            </text>
          </g>
        ))}
        {timeline.map((day, d) => {
          const groupStart = pad.left + d * slot + (slot - barWidth * labels.length) / 2;
          return (
            <g key={day.date}>
              {day.variants.map((v, i) => {
                const color = colorOf(v.label).fill;
                const x = groupStart + i * barWidth;
                return (
                  <g key={v.label}>
                    <title>{`${day.date} · ${v.label}: ${v[trials]} ${trials}, ${v[conversions]} ${conversions}`}</title>
                    <rect
                      x={x + 1}
                      y={y(v[trials])}
                      width={barWidth - 2}
                      height={y(0) - y(v[trials])}
                      rx={2}
                      fill={color}
                      opacity={0.25}
                    />
                    <rect
                      x={x + 1}
                      y={y(Math.min(v[conversions], v[trials]))}
                      width={barWidth - 2}
                      height={y(0) - y(Math.min(v[conversions], v[trials]))}
                      rx={2}
                      fill={color}
                    />
                  </g>
                );
              })}
            </g>
          );
        })}
        {[...new Set([0, timeline.length - 1])].map((d) => (
          <text
            key={d}
            x={pad.left + (d + 0.5) * slot}
            y={height - 6}
            textAnchor={slot > 70 ? "middle" : d === 0 ? "start" : "end"}
            className="fill-slate-500 text-[10px]"
          >
            {timeline[d]?.date}
          </text>
        ))}
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        {labels.map((label) => (
          <span key={label} className="inline-flex items-center gap-1.5">
            <span className={`size-2.5 rounded-sm ${colorOf(label).swatch}`} aria-hidden="true" />
            {label}
          </span>
        ))}
        <span>
          Bar: {trials} per day · solid part: {conversions}
        </span>
      </figcaption>
    </figure>
  );
}
