import { describe, expect, it } from "vitest";
import { planMetricPeriod } from "./metric-period";
import { buildMetricsReport, cellValue, type MetricCell, ratio } from "./metric-report";

const plan = planMetricPeriod("2026-03-02", "2026-03-03");
const metric = (cells: MetricCell[], key: MetricCell["key"]) =>
  buildMetricsReport(plan, cells, { refreshedAt: null, labelPart: (_k, d) => `part ${d}` })
    .features.flatMap((f) => f.metrics)
    .find((m) => m.key === key)!;

describe("ratio and cellValue", () => {
  it("is null without a denominator, and counts are zero rather than null", () => {
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(1, 4)).toBe(0.25);
    expect(cellValue("portfolio_views", undefined)).toBe(0);
    expect(cellValue("coach_completion_rate", undefined)).toBeNull();
    expect(cellValue("time_to_schedule", { numerator: null, denominator: 3, value: 12 })).toBe(12);
  });
});

describe("buildMetricsReport", () => {
  it("sums parts into the figure of summed metrics and lists them as a breakdown", () => {
    const cells: MetricCell[] = [
      { key: "application_success_rate", dimension: "x:A", scope: "period", index: 1, numerator: 1, denominator: 4 },
      { key: "application_success_rate", dimension: "", scope: "period", index: 1, numerator: 2, denominator: 2 },
      { key: "application_success_rate", dimension: "x:A", scope: "bucket", index: 3, numerator: 1, denominator: 4 },
    ];
    const m = metric(cells, "application_success_rate");
    expect(m).toMatchObject({ value: 0.5, numerator: 3, denominator: 6, previousValue: null });
    expect(m.breakdown).toEqual([
      { label: "part x:A", value: 0.25, sampleSize: 4 },
      { label: "part ", value: 1, sampleSize: 2 },
    ]);
    // Buckets 0–1 are the previous period's, 2–3 the current one's.
    expect(m.series).toEqual([
      { date: "2026-03-02", value: null },
      { date: "2026-03-03", value: 0.25 },
    ]);
    expect(m.previousSeries.map((p) => p.date)).toEqual(["2026-02-28", "2026-03-01"]);
  });

  it("takes the headline part of other metrics and keeps p90 as a part", () => {
    const cells: MetricCell[] = [
      { key: "time_to_schedule", dimension: "", scope: "period", index: 0, numerator: null, denominator: 5, value: 20 },
      {
        key: "time_to_schedule",
        dimension: "p90",
        scope: "period",
        index: 0,
        numerator: null,
        denominator: 5,
        value: 50,
      },
    ];
    const m = metric(cells, "time_to_schedule");
    expect(m).toMatchObject({ value: null, previousValue: 20, breakdown: [] });
  });
});
