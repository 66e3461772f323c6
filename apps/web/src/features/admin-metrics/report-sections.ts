import { type MetricsReport, metricFeatures, metricKeys } from "@hirefolio/shared";

export type ReportSection = MetricsReport["features"][number];

const byOrder =
  <T>(order: readonly T[]) =>
  (a: T, b: T) =>
    order.indexOf(a) - order.indexOf(b);

/** The report's features and their metrics in the contract's order, whatever order the server sent them in. */
export function reportSections(report: MetricsReport): ReportSection[] {
  const featureOrder = byOrder(metricFeatures);
  const keyOrder = byOrder(metricKeys);
  return [...report.features]
    .sort((a, b) => featureOrder(a.feature, b.feature))
    .map((section) => ({ ...section, metrics: [...section.metrics].sort((a, b) => keyOrder(a.key, b.key)) }));
}
