"use client";

import type { Metric, MetricsReport } from "@hirefolio/shared";
import { type KeyboardEvent, type PointerEvent, useId, useRef, useState } from "react";
import { areaPath, chartScale, linePath, nearestIndex, seriesRuns } from "../chart-geometry";
import { useElementWidth } from "../hooks/use-element-width";
import { bucketAxisLabel, bucketLabel, bucketNames, formatAxisValue, formatMetricValue } from "../metric-format";
import { ChartHoverCard } from "./chart-hover-card";

const height = 132;
const pad = { top: 8, right: 8, bottom: 22, left: 38 };
const plotHeight = height - pad.top - pad.bottom;

type ChartMetric = Pick<Metric, "label" | "unit" | "series" | "previousSeries">;

/**
 * The metric per bucket as a line, with the previous period as a dashed lighter line bucket for bucket. Hovering,
 * or focusing and using the arrow keys, shows a crosshair with the bucket's date and both values.
 */
export function MetricChart({ metric, bucket }: { metric: ChartMetric; bucket: MetricsReport["bucket"] }) {
  const gradientId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const width = useElementWidth(frame, 360);
  const plotWidth = width - pad.left - pad.right;
  const [active, setActive] = useState<number>();
  const current = metric.series.map((p) => p.value);
  const previous = metric.previousSeries.map((p) => p.value);
  const count = metric.series.length;
  const format = (value: number | null | undefined) =>
    value === null || value === undefined ? "no data" : formatMetricValue(metric.unit, value);

  if (count === 0 || [...current, ...previous].every((v) => v === null)) {
    return (
      <div className="mt-4 grid h-28 place-items-center rounded-lg border border-dashed border-slate-200 text-xs text-slate-500">
        Nothing to chart in this period
      </div>
    );
  }

  const scale = chartScale([...current, ...previous], metric.unit);
  const x = (index: number) => pad.left + (count === 1 ? plotWidth / 2 : (index / (count - 1)) * plotWidth);
  const y = (value: number) => pad.top + plotHeight - ((value - scale.min) / (scale.max - scale.min)) * plotHeight;
  const line = seriesRuns(current, x, y);
  const before = seriesRuns(previous.slice(0, count), x, y);
  const baseline = y(Math.max(scale.min, Math.min(0, scale.max)));
  const firstDate = metric.series[0]?.date ?? "";
  const lastDate = metric.series.at(-1)?.date ?? "";

  const pointAt = (clientX: number) => {
    const box = svgRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    const offset = ((clientX - box.left) / box.width) * width;
    setActive(nearestIndex((offset - pad.left) / plotWidth, count));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowLeft: (active ?? count) - 1,
      ArrowRight: (active ?? -1) + 1,
      Home: 0,
      End: count - 1,
    };
    if (event.key === "Escape") setActive(undefined);
    if (!(event.key in moves)) return;
    event.preventDefault();
    setActive(Math.min(count - 1, Math.max(0, moves[event.key] ?? 0)));
  };

  const point = active === undefined ? undefined : metric.series[active];
  const previousPoint = active === undefined ? undefined : metric.previousSeries[active];
  const label = `${metric.label} ${bucketNames[bucket]} from ${bucketLabel(firstDate, bucket)} to ${bucketLabel(lastDate, bucket)}, previous period dashed`;
  const reading = (index: number) => {
    const now = metric.series[index];
    const then = metric.previousSeries[index];
    if (!now) return "";
    const previousText = then ? `; previous period ${bucketLabel(then.date, bucket)}: ${format(then.value)}` : "";
    return `${bucketLabel(now.date, bucket)}: ${format(now.value)}${previousText}`;
  };

  return (
    // A slider in ARIA terms: arrow keys step through the buckets and each step is read out as its value text.
    <div
      ref={setFrame}
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={count - 1}
      aria-valuenow={active ?? count - 1}
      aria-valuetext={reading(active ?? count - 1)}
      className="relative mt-4 rounded-md outline-offset-4 select-none"
      onKeyDown={onKeyDown}
      onFocus={() => setActive((index) => index ?? count - 1)}
      onBlur={() => setActive(undefined)}
      onPointerMove={(event: PointerEvent) => pointAt(event.clientX)}
      onPointerLeave={() => setActive(undefined)}
    >
      <svg
        ref={svgRef}
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full overflow-visible text-brand-600"
        aria-hidden="true"
      >
        <defs>
          <linearGradient id={gradientId} x1="0" y1="0" x2="0" y2="1">
            <stop offset="0" stopColor="currentColor" stopOpacity="0.18" />
            <stop offset="1" stopColor="currentColor" stopOpacity="0" />
          </linearGradient>
        </defs>
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} className="stroke-slate-100" />
            <text
              x={pad.left - 6}
              y={y(tick) + 3.5}
              textAnchor="end"
              className="fill-slate-400 text-[10px] tabular-nums"
            >
              {formatAxisValue(metric.unit, tick)}
            </text>
          </g>
        ))}
        {before.map((run) =>
          run.length === 1 ? (
            <circle key={`p${run[0]?.x}`} cx={run[0]?.x} cy={run[0]?.y} r={2} className="fill-slate-300" />
          ) : (
            <path
              key={`p${run[0]?.x}`}
              d={linePath(run)}
              fill="none"
              className="stroke-slate-300"
              strokeWidth={1.5}
              strokeDasharray="4 3"
            />
          ),
        )}
        {line.map((run) =>
          run.length === 1 ? (
            <circle key={`c${run[0]?.x}`} cx={run[0]?.x} cy={run[0]?.y} r={2.5} fill="currentColor" />
          ) : (
            <g key={`c${run[0]?.x}`}>
              <path d={areaPath(run, baseline)} fill={`url(#${gradientId})`} />
              <path
                d={linePath(run)}
                fill="none"
                stroke="currentColor"
                strokeWidth={2}
                strokeLinejoin="round"
                strokeLinecap="round"
              />
            </g>
          ),
        )}
        {active !== undefined && (
          <g>
            <line
              x1={x(active)}
              x2={x(active)}
              y1={pad.top}
              y2={pad.top + plotHeight}
              className="stroke-slate-400"
              strokeWidth={1}
            />
            {previousPoint?.value != null && (
              <circle
                cx={x(active)}
                cy={y(previousPoint.value)}
                r={3}
                className="fill-white stroke-slate-400"
                strokeWidth={1.5}
              />
            )}
            {point?.value != null && (
              <circle
                cx={x(active)}
                cy={y(point.value)}
                r={3.5}
                fill="currentColor"
                className="stroke-white"
                strokeWidth={1.5}
              />
            )}
          </g>
        )}
        <text x={pad.left} y={height - 5} className="fill-slate-500 text-[10px]">
          {bucketAxisLabel(firstDate, bucket)}
        </text>
        <text x={width - pad.right} y={height - 5} textAnchor="end" className="fill-slate-500 text-[10px]">
          {bucketAxisLabel(lastDate, bucket)}
        </text>
      </svg>
      {point && active !== undefined && (
        <ChartHoverCard
          left={x(active) / width}
          title={bucketLabel(point.date, bucket)}
          value={format(point.value)}
          previous={
            previousPoint && { value: format(previousPoint.value), date: bucketLabel(previousPoint.date, bucket) }
          }
        />
      )}
    </div>
  );
}
