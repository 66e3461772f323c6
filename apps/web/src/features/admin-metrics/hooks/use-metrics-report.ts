"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchMetricsReport, metricsKeys } from "../api";
import type { DateRange } from "../date-range";

/**
 * The report for a range; nothing is fetched while the range is invalid. The last report stays on screen while
 * the next loads, so switching ranges dims the figures instead of blanking the page.
 */
export function useMetricsReport(range: DateRange | undefined) {
  return useQuery({
    queryKey: metricsKeys.report(range ?? { from: "", to: "" }),
    queryFn: ({ signal }) => fetchMetricsReport(range as DateRange, signal),
    enabled: range !== undefined,
    placeholderData: (previous) => previous,
  });
}
