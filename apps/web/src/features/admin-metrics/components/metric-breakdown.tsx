import type { Metric, MetricKey } from "@hirefolio/shared";
import { cx } from "@/lib/class-names";
import { formatMetricValue } from "../metric-format";

const headings: Partial<Record<MetricKey, string>> = {
  employer_engagement: "By action",
  time_to_schedule: "Spread",
  resume_exports: "By format",
  application_success_rate: "By A/B variant",
};

const sampleFormat = new Intl.NumberFormat("en-US");

/** The parts of a figure (formats, variants, p90 …) as rows; bars compare them when there is more than one. */
export function MetricBreakdown({ metric }: { metric: Pick<Metric, "key" | "unit" | "breakdown"> }) {
  const rows = metric.breakdown;
  if (rows.length === 0) return null;
  const peak = Math.max(0, ...rows.map((row) => Math.abs(row.value ?? 0)));
  const showBars = rows.length > 1 && peak > 0;
  return (
    <div className="mt-4 border-t border-slate-100 pt-3">
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
        {headings[metric.key] ?? "Breakdown"}
      </p>
      <ul className="mt-2 space-y-1.5 text-sm">
        {rows.map((row) => (
          <li
            key={row.label}
            className={cx(
              "grid items-center gap-3",
              showBars ? "grid-cols-[minmax(0,10rem)_1fr_auto]" : "grid-cols-[1fr_auto]",
            )}
          >
            <span className="truncate text-slate-700" title={row.label}>
              {row.label}
            </span>
            {showBars && (
              <span className="h-1.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
                {row.value !== null && (
                  <span
                    className="block h-full rounded-full bg-brand-500"
                    style={{ width: `${(Math.abs(row.value) / peak) * 100}%` }}
                  />
                )}
              </span>
            )}
            <span className="text-right text-slate-900 tabular-nums">
              {row.value === null ? (
                <span className="text-slate-500">No data</span>
              ) : (
                formatMetricValue(metric.unit, row.value)
              )}
              {row.sampleSize !== null && (
                <span className="ml-1.5 text-xs text-slate-500">n={sampleFormat.format(row.sampleSize)}</span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
