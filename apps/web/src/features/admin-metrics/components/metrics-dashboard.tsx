"use client";

import type { MetricsReport } from "@hirefolio/shared";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { CalendarIcon, ClockIcon, FileTextIcon } from "@/components/icons";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { cx } from "@/lib/class-names";
import { formatDateTime, formatRelative } from "@/lib/format-date";
import { metricsCsvUrl } from "../api";
import { type DateRange, formatRange, presetOf, rangeFromAddress } from "../date-range";
import { useMetricsReport } from "../hooks/use-metrics-report";
import { bucketNames } from "../metric-format";
import { reportSections } from "../report-sections";
import { DateRangeBar } from "./date-range-bar";
import { MetricCard } from "./metric-card";

/** Sections of four metrics read best as two by two; others fill three columns on wide screens. */
const cardGrid = (metrics: number) =>
  cx("grid grid-cols-1 gap-4 md:grid-cols-2", metrics % 3 === 1 ? "xl:gap-5" : "xl:grid-cols-3");

function DashboardSkeleton() {
  return (
    <div role="status" aria-live="polite" className="space-y-10">
      <span className="sr-only">Loading metrics…</span>
      {[0, 1].map((section) => (
        <div key={section} className="space-y-4">
          <Skeleton className="h-6 w-48" />
          <div className={cardGrid(3)}>
            {[0, 1, 2].map((card) => (
              <Skeleton key={card} className="h-64 rounded-xl" />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}

function Refreshed({ at }: { at: string | null }) {
  return (
    <span
      className="inline-flex items-center gap-1.5 text-sm text-slate-500"
      title={at ? formatDateTime(at) : undefined}
    >
      <ClockIcon className="size-4" />
      {at ? `Rollups refreshed ${formatRelative(at)}` : "Rollups not refreshed yet; figures computed live"}
    </span>
  );
}

function ReportBody({ report }: { report: MetricsReport }) {
  return (
    <div className="space-y-10">
      {reportSections(report).map((section) => (
        <section key={section.feature} aria-labelledby={`metrics-${section.feature}`} className="space-y-4">
          <h2 id={`metrics-${section.feature}`} className="text-lg font-semibold text-slate-900">
            {section.label}
          </h2>
          <div className={cardGrid(section.metrics.length)}>
            {section.metrics.map((metric) => (
              <MetricCard key={metric.key} metric={metric} bucket={report.bucket} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

/**
 * The success metrics of the four features for a period, each against the period just before it. The period
 * lives in the address (`?from&to`), so a copied link shows the same view.
 */
export function MetricsDashboard() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  // One clock reading per visit, so presets don't shift while the page is open across midnight.
  const now = useMemo(() => new Date(), []);
  const parsed = rangeFromAddress(params?.get("from") ?? null, params?.get("to") ?? null, now);
  const report = useMetricsReport(parsed.ok ? parsed.range : undefined);
  const data = parsed.ok ? report.data : undefined;
  const stale = report.isPlaceholderData;

  const showRange = (range: DateRange) => {
    const search = new URLSearchParams({ from: range.from, to: range.to });
    router.replace(`${pathname}?${search}`, { scroll: false });
  };

  return (
    <div className="space-y-8">
      <PageHeader
        title="Success metrics"
        description="How each feature is doing against the success metrics it is judged by, compared with the period just before."
        meta={data && <Refreshed at={data.refreshedAt} />}
        actions={
          parsed.ok ? (
            <ButtonLink href={metricsCsvUrl(parsed.range)} download prefetch={false} variant="secondary">
              <FileTextIcon className="size-4" />
              Download CSV
            </ButtonLink>
          ) : (
            <Button variant="secondary" disabled>
              <FileTextIcon className="size-4" />
              Download CSV
            </Button>
          )
        }
      />
      <div className="space-y-3">
        <DateRangeBar
          range={parsed.range}
          preset={parsed.ok ? presetOf(parsed.range, now) : undefined}
          problem={parsed.ok ? undefined : parsed.message}
          now={now}
          onChange={showRange}
        />
        {data && (
          <p className="flex items-center gap-1.5 text-sm text-slate-600">
            <CalendarIcon className="size-4 text-slate-400" />
            <span>
              <span className="font-medium text-slate-900">{formatRange(data)}</span> {bucketNames[data.bucket]},
              compared with {formatRange({ from: data.previousFrom, to: data.previousTo })}
            </span>
          </p>
        )}
      </div>
      {!parsed.ok ? (
        <div className="rounded-xl border border-slate-200 bg-white">
          <EmptyState
            icon={<CalendarIcon className="size-6" />}
            title="Pick a range to see the metrics"
            description="Fix the dates above, or choose one of the preset periods."
          />
        </div>
      ) : report.error && !data ? (
        <ErrorState error={report.error} onRetry={() => report.refetch()} title="We couldn't load the metrics" />
      ) : data ? (
        <div aria-busy={stale || undefined} className={cx("transition-opacity", stale && "opacity-60")}>
          <ReportBody report={data} />
        </div>
      ) : (
        <DashboardSkeleton />
      )}
    </div>
  );
}
