import {
  type Metric,
  type MetricsReport,
  metricDefinitions,
  metricFeatureLabels,
  metricFeatures,
  metricKeys,
} from "@hirefolio/shared";

/**
 * A full report made up in code, for the view-model tests and for looking at the page before real data exists
 * (served in place of the API by a browser check). Deterministic: the same figures on every run.
 */
export function sampleReport(): MetricsReport {
  const days = Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, "0")}`);
  const previousDays = Array.from({ length: 30 }, (_, i) => {
    const day = new Date(Date.UTC(2026, 9, 2 + i));
    return day.toISOString().slice(0, 10);
  });
  const wave = (i: number, base: number, amplitude: number) =>
    base + amplitude * Math.sin(i / 3) + (i % 5) * amplitude * 0.1;
  const scaleFor: Record<Metric["unit"], [number, number]> = {
    ratio: [0.42, 0.06],
    count: [120, 30],
    hours: [26, 6],
    rating: [4.2, 0.3],
    points: [8, 3],
  };
  const metrics = metricKeys.map((key): Metric => {
    const definition = metricDefinitions[key];
    const [base, amplitude] = scaleFor[definition.unit];
    const series = days.map((date, i) => ({ date, value: i === 12 ? null : wave(i, base * 1.08, amplitude) }));
    const previousSeries = previousDays.map((date, i) => ({ date, value: wave(i + 4, base, amplitude) }));
    return {
      key,
      ...definition,
      value: key === "scheduling_satisfaction" ? null : base * 1.08,
      previousValue: key === "coach_average_rating" ? null : base,
      numerator: definition.unit === "ratio" ? 132 : null,
      denominator: definition.unit === "count" ? null : 410,
      series,
      previousSeries,
      breakdown:
        key === "resume_exports"
          ? [
              { label: "PDF", value: 84, sampleSize: null },
              { label: "DOCX", value: 31, sampleSize: null },
              { label: "Markdown", value: 9, sampleSize: null },
            ]
          : key === "time_to_schedule"
            ? [{ label: "p90", value: 61.5, sampleSize: 96 }]
            : [],
    };
  });
  return {
    from: "2026-11-01",
    to: "2026-11-30",
    previousFrom: "2026-10-02",
    previousTo: "2026-10-31",
    bucket: "day",
    refreshedAt: "2026-11-26T07:25:00Z",
    features: [...metricFeatures].reverse().map((feature) => ({
      feature,
      label: metricFeatureLabels[feature],
      metrics: metrics.filter((metric) => metric.feature === feature).reverse(),
    })),
  };
}
