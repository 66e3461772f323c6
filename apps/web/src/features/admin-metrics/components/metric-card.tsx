import type { Metric, MetricsReport } from "@hirefolio/shared";
import { useId } from "react";
import { formatMetricValue, metricChange, sampleLine } from "../metric-format";
import { ChangeBadge } from "./change-badge";
import { DefinitionTooltip } from "./definition-tooltip";
import { MetricBreakdown } from "./metric-breakdown";
import { MetricChart } from "./metric-chart";

/** One success metric: its figure for the period, the change, what it was measured on, the trend and its parts. */
export function MetricCard({ metric, bucket }: { metric: Metric; bucket: MetricsReport["bucket"] }) {
  const titleId = useId();
  const sample = sampleLine(metric);
  const previous =
    metric.previousValue === null ? undefined : `previously ${formatMetricValue(metric.unit, metric.previousValue)}`;
  const details = [sample, previous].filter(Boolean).join(" · ");
  return (
    <article
      aria-labelledby={titleId}
      className="flex flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-card"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="flex min-w-0 items-center gap-1">
          <h3 id={titleId} className="truncate text-sm font-medium text-slate-600">
            {metric.label}
          </h3>
          <DefinitionTooltip label={metric.label} definition={metric.definition} />
        </div>
        {metric.value !== null && <ChangeBadge change={metricChange(metric)} />}
      </div>
      {metric.value === null ? (
        <p className="mt-2 flex h-9 items-center text-base font-medium text-slate-500">No data in this period</p>
      ) : (
        <p className="mt-1 text-3xl font-semibold tracking-tight text-slate-900 tabular-nums">
          {formatMetricValue(metric.unit, metric.value)}
        </p>
      )}
      <p className="mt-1 min-h-4 text-xs text-slate-500">{details}</p>
      <MetricChart metric={metric} bucket={bucket} />
      <MetricBreakdown metric={metric} />
    </article>
  );
}
