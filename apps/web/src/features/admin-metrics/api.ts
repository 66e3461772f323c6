import type { MetricsReport } from "@hirefolio/shared";
import { api } from "@/lib/api-client";
import type { DateRange } from "./date-range";

const base = "/api/v1/admin/metrics";

export const metricsKeys = {
  report: (range: DateRange) => ["admin", "metrics", range.from, range.to] as const,
};

export const fetchMetricsReport = (range: DateRange, signal?: AbortSignal) =>
  api.get<MetricsReport>(base, { query: { from: range.from, to: range.to }, signal });

/** A plain link: the API answers with `Content-Disposition: attachment`, so the browser saves the file. */
export const metricsCsvUrl = (range: DateRange) =>
  `${base}?${new URLSearchParams({ from: range.from, to: range.to, format: "csv" })}`;
