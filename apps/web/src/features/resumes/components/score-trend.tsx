import type { AtsScorePoint } from "@hirefolio/shared";
import { cx } from "@/lib/class-names";

const width = 120;
const height = 32;
const pad = 3;

/** The points of a score series as SVG coordinates; the y axis spans the series' own range so small gains show. */
function sparklinePoints(scores: readonly number[]) {
  const low = Math.min(...scores);
  const span = Math.max(Math.max(...scores) - low, 10);
  return scores.map((score, i) => ({
    x: pad + (i * (width - 2 * pad)) / Math.max(scores.length - 1, 1),
    y: height - pad - ((score - low) / span) * (height - 2 * pad),
  }));
}

/** "Score 62 → 78 since you started with this job description", with a sparkline of every check in between. */
export function ScoreTrend({ points }: { points: readonly AtsScorePoint[] }) {
  if (points.length < 2) {
    return (
      <p className="text-xs text-slate-500">
        This is your first check against this job description. Apply suggestions and re-analyze to see your trend.
      </p>
    );
  }
  const scores = points.map((p) => p.score);
  const first = scores[0]!;
  const last = scores.at(-1)!;
  const coordinates = sparklinePoints(scores);
  const end = coordinates.at(-1)!;
  const tone = last > first ? "text-emerald-600" : last < first ? "text-rose-600" : "text-slate-500";
  return (
    <div data-testid="score-trend" className="flex items-center justify-between gap-3 rounded-lg bg-slate-50 px-3 py-2">
      <p className="text-sm text-slate-700">
        Score{" "}
        <span className="font-semibold tabular-nums">
          {first} → {last}
        </span>{" "}
        <span className="text-slate-500">since you started with this job description</span>
      </p>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className={cx("h-8 w-28 shrink-0", tone)}
        role="img"
        aria-label={`Score over ${points.length} checks: ${scores.join(", ")}`}
      >
        <polyline
          points={coordinates.map((c) => `${c.x},${c.y}`).join(" ")}
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinejoin="round"
          strokeLinecap="round"
        />
        <circle cx={end.x} cy={end.y} r="3" fill="currentColor" />
      </svg>
    </div>
  );
}
