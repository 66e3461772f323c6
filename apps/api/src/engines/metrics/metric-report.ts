import {
  type Metric,
  type MetricKey,
  type MetricsReport,
  metricDefinitions,
  metricFeatureLabels,
  metricFeatures,
  metricKeys,
} from "@hirefolio/shared";
import type { MetricPeriodPlan } from "./metric-period";

/**
 * One aggregate the queries produce: a metric (or one part of it, `dimension`) over one bucket or one whole period.
 * `index` counts buckets across both periods (previous buckets first, as in `plan.boundaries`) for scope "bucket",
 * and is 0 (previous) or 1 (current) for scope "period". Ratios and means carry numerator and denominator (sum and
 * sample size for means); counts only a numerator; percentiles come as a finished `value` with the sample size as
 * denominator.
 */
export interface MetricCell {
  key: MetricKey;
  dimension: string;
  scope: "bucket" | "period";
  index: number;
  numerator: number | null;
  denominator: number | null;
  value?: number | null;
}

/** Metrics whose figure is the sum of their parts; the others have a headline part (dimension "") of their own. */
const summedOverParts = new Set<MetricKey>(["employer_engagement", "resume_exports", "application_success_rate"]);

/** Human names of parts; anything else (an A/B variant, an export format) is labelled by the caller or itself. */
export type PartLabeller = (key: MetricKey, dimension: string) => string;

/** numerator ÷ denominator, or null when there is nothing to divide by. */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator <= 0) return null;
  return numerator / denominator;
}

/** The figure of one cell: counts are never "nothing to measure" (zero is a count), the rest need a denominator. */
export function cellValue(key: MetricKey, cell: Pick<MetricCell, "numerator" | "denominator" | "value"> | undefined) {
  const { unit } = metricDefinitions[key];
  if (unit === "count") return cell?.numerator ?? 0;
  if (!cell) return null;
  if (cell.value !== undefined) return cell.value;
  return ratio(cell.numerator, cell.denominator);
}

function sumParts(cells: MetricCell[]): Pick<MetricCell, "numerator" | "denominator"> | undefined {
  if (cells.length === 0) return undefined;
  const add = (a: number | null, b: number | null) => (a === null && b === null ? null : (a ?? 0) + (b ?? 0));
  return cells.reduce(
    (sum, c) => ({ numerator: add(sum.numerator, c.numerator), denominator: add(sum.denominator, c.denominator) }),
    {
      numerator: null as number | null,
      denominator: null as number | null,
    },
  );
}

/** Groups cells by metric, scope and index for lookups while building the report. */
function indexCells(cells: MetricCell[]) {
  const byPlace = new Map<string, MetricCell[]>();
  for (const cell of cells) {
    const place = `${cell.key}|${cell.scope}|${cell.index}`;
    const list = byPlace.get(place);
    if (list) list.push(cell);
    else byPlace.set(place, [cell]);
  }
  return (key: MetricKey, scope: MetricCell["scope"], index: number) => byPlace.get(`${key}|${scope}|${index}`) ?? [];
}

function headline(key: MetricKey, cells: MetricCell[]) {
  if (summedOverParts.has(key)) return sumParts(cells);
  return cells.find((c) => c.dimension === "");
}

/** Builds the report from the cells of both periods; every bucket gets a point, null where nothing was measured. */
export function buildMetricsReport(
  plan: MetricPeriodPlan,
  cells: MetricCell[],
  options: { refreshedAt: string | null; labelPart: PartLabeller },
): MetricsReport {
  const at = indexCells(cells);
  const previousCount = plan.previousBucketStarts.length;

  function metric(key: MetricKey): Metric {
    const definition = metricDefinitions[key];
    const current = headline(key, at(key, "period", 1));
    const previous = headline(key, at(key, "period", 0));
    const point = (date: string, index: number) => ({
      date,
      value: cellValue(key, headline(key, at(key, "bucket", index))),
    });
    const parts = at(key, "period", 1).filter((c) => c.dimension !== "" || summedOverParts.has(key));
    return {
      key,
      feature: definition.feature,
      label: definition.label,
      unit: definition.unit,
      higherIsBetter: definition.higherIsBetter,
      definition: definition.definition,
      value: cellValue(key, current),
      previousValue: cellValue(key, previous),
      numerator: current?.numerator ?? (definition.unit === "count" ? 0 : null),
      denominator: current?.denominator ?? null,
      series: plan.bucketStarts.map((date, i) => point(date, previousCount + i)),
      previousSeries: plan.previousBucketStarts.map((date, i) => point(date, i)),
      breakdown: parts
        .map((part) => ({
          label: options.labelPart(key, part.dimension),
          value: cellValue(key, part),
          sampleSize: sampleSize(key, part),
        }))
        .sort((a, b) => (b.sampleSize ?? 0) - (a.sampleSize ?? 0) || a.label.localeCompare(b.label)),
    };
  }

  return {
    from: plan.from,
    to: plan.to,
    previousFrom: plan.previousFrom,
    previousTo: plan.previousTo,
    bucket: plan.bucket,
    refreshedAt: options.refreshedAt,
    features: metricFeatures.map((feature) => ({
      feature,
      label: metricFeatureLabels[feature],
      metrics: metricKeys.filter((key) => metricDefinitions[key].feature === feature).map(metric),
    })),
  };
}

function sampleSize(key: MetricKey, cell: MetricCell): number | null {
  const size = metricDefinitions[key].unit === "count" ? cell.numerator : cell.denominator;
  return size === null ? null : Math.round(size);
}
