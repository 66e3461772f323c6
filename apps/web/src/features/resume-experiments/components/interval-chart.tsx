import type { VariantResult } from "@hirefolio/shared";
import { colorOf, percent } from "../variant-colors";

const width = 480;
const rowHeight = 44;
const left = 28;
const right = 40;
const top = 6;
const axisHeight = 24;

/** A scale of 3–5 round steps ending a little above the highest interval, so narrow intervals stay readable. */
function scale(max: number) {
  const wanted = Math.max(0.01, max * 1.05);
  const step = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25].find((s) => wanted / s <= 5) ?? 0.25;
  const end = Math.min(1, Math.ceil(wanted / step) * step);
  const ticks = Array.from({ length: Math.round(end / step) + 1 }, (_, i) => i * step);
  return { end, ticks };
}

/**
 * Each variant's 95% credible interval of the conversion rate as a bar, with its posterior mean as a dot: where
 * the bars overlap a lot, the data cannot tell the variants apart yet.
 */
export function IntervalChart({ variants }: { variants: VariantResult[] }) {
  const { end, ticks } = scale(Math.max(...variants.map((v) => v.credibleInterval.high)));
  const x = (rate: number) => left + (rate / end) * (width - left - right);
  const height = top + variants.length * rowHeight + axisHeight;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full"
      role="img"
      aria-label={variants
        .map(
          (v) =>
            `${v.label}: ${percent(v.posteriorMean, 1)}, 95% between ${percent(v.credibleInterval.low)} and ${percent(v.credibleInterval.high)}`,
        )
        .join("; ")}
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={top} y2={height - axisHeight} stroke="#e2e8f0" />
          <text x={x(tick)} y={height - 6} textAnchor="middle" className="fill-slate-500 text-[10px]">
            {percent(tick)}
          </text>
        </g>
      ))}
      {variants.map((v, i) => {
        const y = top + i * rowHeight + rowHeight / 2;
        const color = colorOf(v.label).fill;
        return (
          <g key={v.label}>
            <text x={left - 12} y={y + 4} textAnchor="end" className="fill-slate-700 text-[12px] font-semibold">
              {v.label}
            </text>
            <rect
              x={x(v.credibleInterval.low)}
              y={y - 8}
              width={Math.max(2, x(v.credibleInterval.high) - x(v.credibleInterval.low))}
              height={16}
              rx={8}
              fill={color}
              opacity={0.25}
            />
            <circle cx={x(v.posteriorMean)} cy={y} r={6} fill={color} stroke="white" strokeWidth={2} />
            <text x={x(v.credibleInterval.high) + 6} y={y + 4} className="fill-slate-600 text-[11px] tabular-nums">
              {percent(v.posteriorMean)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
