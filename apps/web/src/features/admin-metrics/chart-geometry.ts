import type { MetricUnit } from "@hirefolio/shared";

export interface ChartScale {
  min: number;
  max: number;
  /** Gridline values from min to max, evenly spaced on round numbers. */
  ticks: number[];
}

const minimumSpan: Record<Exclude<MetricUnit, "rating">, number> = { ratio: 0.04, count: 4, hours: 1, points: 2 };

/** The round step (1, 2, 2.5 or 5 × 10ⁿ) that splits `span` into about `parts` parts. */
function niceStep(span: number, parts: number): number {
  const rough = span / parts;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= rough) ?? 10;
  return step * magnitude;
}

/**
 * The y-axis for a chart: from zero (or below it, for falling ATS points) to a round number just above the highest
 * value, over both periods so the two lines share it. Ratings always span the whole 1–5 scale, which keeps a small
 * dip from looking like a collapse.
 */
export function chartScale(values: readonly (number | null)[], unit: MetricUnit): ChartScale {
  if (unit === "rating") return { min: 1, max: 5, ticks: [1, 2, 3, 4, 5] };
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const low = Math.min(0, ...present);
  let high = Math.max(0, ...present);
  if (unit === "ratio") high = Math.min(1, high);
  // A floor on the span keeps tiny or all-zero series from getting gridlines that round to the same label.
  high = Math.max(high, low + minimumSpan[unit]);
  const step = niceStep(high - low, 3);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step - 1e-9) * step;
  const ticks = Array.from({ length: Math.round((max - min) / step) + 1 }, (_, i) =>
    Number((min + i * step).toFixed(10)),
  );
  return { min, max, ticks };
}

export interface ChartPoint {
  x: number;
  y: number;
}

/**
 * A series split into runs of measured buckets, so a bucket with nothing to measure leaves a gap in the line
 * instead of a misleading drop to zero. A run of one point is drawn as a dot.
 */
export function seriesRuns(
  values: readonly (number | null)[],
  x: (index: number) => number,
  y: (value: number) => number,
): ChartPoint[][] {
  const runs: ChartPoint[][] = [];
  let run: ChartPoint[] | undefined;
  values.forEach((value, index) => {
    if (value === null) {
      run = undefined;
      return;
    }
    if (!run) {
      run = [];
      runs.push(run);
    }
    run.push({ x: x(index), y: y(value) });
  });
  return runs;
}

/** SVG path data through a run's points. */
export function linePath(run: readonly ChartPoint[]): string {
  return run.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
}

/** The closed shape between a run and the baseline, for the soft fill under the line. */
export function areaPath(run: readonly ChartPoint[], baseline: number): string {
  const first = run[0];
  const last = run.at(-1);
  if (!first || !last) return "";
  return `${linePath(run)} L${last.x.toFixed(1)},${baseline.toFixed(1)} L${first.x.toFixed(1)},${baseline.toFixed(1)} Z`;
}

/** The bucket nearest a pointer at `offset` (0–1 across the plot) out of `count` evenly spaced buckets. */
export function nearestIndex(offset: number, count: number): number {
  if (count <= 1) return 0;
  return Math.min(count - 1, Math.max(0, Math.round(offset * (count - 1))));
}
