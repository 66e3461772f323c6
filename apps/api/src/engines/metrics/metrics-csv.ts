import type { MetricsReport } from "@hirefolio/shared";

export const metricsCsvColumns = [
  "feature",
  "metric",
  "label",
  "unit",
  "bucket_start",
  "value",
  "previous_value",
] as const;

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a label as a formula. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The report as CSV: per metric, one row for the whole period (bucket_start "total", with the previous period's
 * figure) and one row per bucket (with the previous period's twin bucket). Lines end with CRLF as RFC 4180 says.
 */
export function metricsReportCsv(report: MetricsReport): string {
  const lines = [metricsCsvColumns.join(",")];
  for (const { feature, metrics } of report.features) {
    for (const metric of metrics) {
      const row = (bucket: string, value: number | null, previous: number | null) =>
        [feature, metric.key, metric.label, metric.unit, bucket, value, previous].map(csvField).join(",");
      lines.push(row("total", metric.value, metric.previousValue));
      metric.series.forEach((point, i) => {
        lines.push(row(point.date, point.value, metric.previousSeries[i]?.value ?? null));
      });
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}

export function metricsCsvFilename(report: Pick<MetricsReport, "from" | "to">): string {
  return `hirefolio-metrics-${report.from}-${report.to}.csv`;
}
