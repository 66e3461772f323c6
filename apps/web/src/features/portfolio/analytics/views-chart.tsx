import type { PortfolioAnalytics } from "@hirefolio/shared";
import { useId } from "react";

const width = 600;
const height = 160;
const pad = { top: 12, right: 8, bottom: 24, left: 8 };
const dayLabel = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const label = (date: string) => dayLabel.format(new Date(`${date}T00:00:00Z`));

/** Views per day as an SVG line with a soft area under it; scales to its container, no chart library. */
export function ViewsChart({ days }: { days: PortfolioAnalytics["viewsPerDay"] }) {
  const gradientId = useId();
  const peak = Math.max(1, ...days.map((d) => d.views));
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const x = (index: number) => pad.left + (days.length === 1 ? plotWidth / 2 : (index / (days.length - 1)) * plotWidth);
  const y = (views: number) => pad.top + plotHeight - (views / peak) * plotHeight;
  const points = days.map((d, i) => `${x(i).toFixed(1)},${y(d.views).toFixed(1)}`).join(" ");
  const baseline = pad.top + plotHeight;
  const total = days.reduce((sum, d) => sum + d.views, 0);
  const best = days.reduce((top, d) => (d.views > top.views ? d : top), days[0] ?? { date: "", views: 0 });
  const summary =
    total === 0
      ? `No views in the last ${days.length} days`
      : `${total} views in the last ${days.length} days; most on ${label(best.date)} (${best.views})`;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} className="h-auto w-full text-brand-600">
      <defs>
        <linearGradient id={gradientId} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="currentColor" stopOpacity="0.22" />
          <stop offset="1" stopColor="currentColor" stopOpacity="0" />
        </linearGradient>
      </defs>
      {[0.5, 1].map((share) => (
        <line
          key={share}
          x1={pad.left}
          x2={width - pad.right}
          y1={y(peak * share)}
          y2={y(peak * share)}
          className="stroke-slate-200"
          strokeDasharray="4 4"
        />
      ))}
      <line x1={pad.left} x2={width - pad.right} y1={baseline} y2={baseline} className="stroke-slate-300" />
      {days.length > 0 && (
        <>
          <polygon
            points={`${x(0)},${baseline} ${points} ${x(days.length - 1)},${baseline}`}
            fill={`url(#${gradientId})`}
          />
          <polyline
            points={points}
            fill="none"
            stroke="currentColor"
            strokeWidth="2.5"
            strokeLinejoin="round"
            strokeLinecap="round"
          />
          <text x={pad.left} y={height - 6} fontSize="12" className="fill-slate-500">
            {label(days[0]?.date ?? "")}
          </text>
          <text x={width - pad.right} y={height - 6} fontSize="12" className="fill-slate-500" textAnchor="end">
            {label(days.at(-1)?.date ?? "")}
          </text>
          <text x={width - pad.right} y={pad.top + 10} fontSize="12" className="fill-slate-500" textAnchor="end">
            {peak} / day
          </text>
        </>
      )}
    </svg>
  );
}
