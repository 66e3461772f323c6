import type { SalaryInsightsResponse } from "@hirefolio/shared";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { formatUsd } from "../format";
import { SourceCitation } from "./source-citation";

type WagePoint = SalaryInsightsResponse["annual"][number];

const pointAt = (points: WagePoint[], percentile: number) => points.find((p) => p.percentile === percentile);

/** P10–P90 as a bar, the P25–P75 band darker, the median marked, and the person's salary if they gave one. */
export function SalaryRangeBar({ salary }: { salary: SalaryInsightsResponse }) {
  const known = salary.annual.filter((p) => p.value !== null);
  const p10 = pointAt(known, 10);
  const p90 = pointAt(known, 90);
  if (!p10?.value || !p90?.value) {
    return <p className="text-sm text-slate-600">BLS publishes no annual wage percentiles for this occupation.</p>;
  }
  const yours = salary.comparison?.period === "annual" ? salary.comparison.salary : null;
  const low = Math.min(p10.value, yours ?? p10.value);
  const high = Math.max(p90.value, yours ?? p90.value);
  // Percentages rather than a viewBox, so labels keep their size on a phone; 4–96% leaves room for the markers.
  const share = (value: number) => 4 + ((value - low) / (high - low || 1)) * 92;
  const x = (value: number) => `${share(value)}%`;
  const span = (from: number, to: number) => `${share(to) - share(from)}%`;
  const anchor = (value: number) => (share(value) < 15 ? "start" : share(value) > 85 ? "end" : "middle");
  const p25 = pointAt(known, 25)?.value ?? p10.value;
  const p75 = pointAt(known, 75)?.value ?? p90.value;
  const median = pointAt(known, 50);
  return (
    <figure>
      <svg
        width="100%"
        height="64"
        className="overflow-visible"
        role="img"
        aria-label="Annual wage range, 10th to 90th percentile"
      >
        <rect
          x={x(p10.value)}
          y={24}
          width={span(p10.value, p90.value)}
          height={16}
          rx={8}
          className="fill-brand-100"
        />
        <rect x={x(p25)} y={24} width={span(p25, p75)} height={16} className="fill-brand-300" />
        {median?.value != null && (
          <g>
            <line
              x1={x(median.value)}
              x2={x(median.value)}
              y1={18}
              y2={46}
              className="stroke-brand-800"
              strokeWidth={3}
            />
            <text
              x={x(median.value)}
              y={12}
              textAnchor={anchor(median.value)}
              className="fill-brand-800 text-xs font-semibold"
            >
              Median {median.display}
            </text>
          </g>
        )}
        {yours !== null && (
          <g>
            <circle cx={x(yours)} cy={32} r={7} className="fill-emerald-500 stroke-white" strokeWidth={2} />
            <text x={x(yours)} y={60} textAnchor={anchor(yours)} className="fill-emerald-700 text-xs font-semibold">
              You {formatUsd(yours)}
            </text>
          </g>
        )}
      </svg>
      <dl className="mt-2 grid grid-cols-5 gap-2 text-center">
        {salary.annual.map((point) => (
          <div key={point.percentile}>
            <dt className="text-xs text-slate-500">P{point.percentile}</dt>
            <dd className="text-xs font-medium text-slate-900 tabular-nums sm:text-sm">{point.display}</dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}

export function SalaryRangeCard({
  salary,
  compareInput,
}: {
  salary: SalaryInsightsResponse;
  compareInput?: ReactNode;
}) {
  return (
    <Card
      title="Salary range"
      description={`${salary.title}${salary.employment ? ` · ${salary.employment.toLocaleString("en-US")} employed in the US` : ""}`}
    >
      <SalaryRangeBar salary={salary} />
      {salary.comparison && (
        <p className="mt-3 text-sm text-slate-700">
          {formatUsd(salary.comparison.salary)} is {salary.comparison.band}
          {salary.comparison.differenceFromMedian !== null &&
            ` (${salary.comparison.differenceFromMedian >= 0 ? "+" : "−"}${formatUsd(Math.abs(salary.comparison.differenceFromMedian))} vs. median)`}
          .
        </p>
      )}
      {salary.socCode !== salary.code.slice(0, 7) && (
        <p className="mt-2 text-xs text-slate-500">Figures published for the SOC group {salary.socTitle}.</p>
      )}
      {compareInput && <div className="mt-4">{compareInput}</div>}
      <SourceCitation sources={[salary.source]} />
    </Card>
  );
}
