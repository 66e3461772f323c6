import type { Metric, MetricKey, MetricsReport, MetricUnit } from "@hirefolio/shared";

const count = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const upToOneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const signedOneDecimal = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: "exceptZero",
});
const percent = new Intl.NumberFormat("en-US", {
  style: "percent",
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const wholePercent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 });

/** Intl writes a hyphen for negatives; a real minus sign reads better beside figures. */
const minus = (text: string) => text.replace("-", "−");

/** A figure as the dashboard shows it: 42.3%, 1,204, 3.2 h, 4.3 / 5, +12.4 pts. */
export function formatMetricValue(unit: MetricUnit, value: number): string {
  switch (unit) {
    case "ratio":
      return percent.format(value);
    case "count":
      return count.format(value);
    case "hours":
      return `${oneDecimal.format(value)} h`;
    case "rating":
      return `${oneDecimal.format(value)} / 5`;
    case "points":
      return minus(`${signedOneDecimal.format(value)} pts`);
  }
}

/** The shorter form for chart gridlines, where space is tight. */
export function formatAxisValue(unit: MetricUnit, value: number): string {
  switch (unit) {
    case "ratio":
      return wholePercent.format(value);
    case "count":
      return compact.format(value);
    case "hours":
      return `${compact.format(value)} h`;
    case "rating":
      return compact.format(value);
    case "points":
      return minus(compact.format(value));
  }
}

export type ChangeTone = "good" | "bad" | "neutral";

export interface MetricChange {
  direction: "up" | "down" | "flat";
  /** Short, for the badge: "3.1 pts", "12%", "0.2". */
  text: string;
  tone: ChangeTone;
  /** The whole comparison in words, for screen readers and the badge's title. */
  description: string;
}

/**
 * How a difference reads per unit: shares and ATS points move in points, scores by their own step, counts and
 * hours in % of the previous value. `amount` is rounded as shown, so a change too small to see counts as none.
 */
function difference(unit: MetricUnit, value: number, previous: number): { amount: number; text: string } {
  const rounded = (amount: number, digits: number) => Number(amount.toFixed(digits));
  switch (unit) {
    case "ratio": {
      const amount = rounded((value - previous) * 100, 1);
      return { amount, text: `${oneDecimal.format(Math.abs(amount))} pts` };
    }
    case "points": {
      const amount = rounded(value - previous, 1);
      return { amount, text: `${oneDecimal.format(Math.abs(amount))} pts` };
    }
    case "rating": {
      const amount = rounded(value - previous, 1);
      return { amount, text: oneDecimal.format(Math.abs(amount)) };
    }
    case "count":
    case "hours": {
      if (previous === 0) return { amount: value, text: value === 0 ? "0%" : "new" };
      const relative = ((value - previous) / Math.abs(previous)) * 100;
      // From a tiny base a percentage turns unreadable ("+53,100%"); a multiple says the same plainly.
      if (relative >= 900) return { amount: relative, text: `${upToOneDecimal.format(value / previous)}×` };
      const amount = rounded(relative, Math.abs(relative) < 10 ? 1 : 0);
      return { amount, text: `${upToOneDecimal.format(Math.abs(amount))}%` };
    }
  }
}

/**
 * The change against the previous period, coloured by whether up is good for this metric; null when either
 * period had nothing to measure, because a change from "no data" means nothing.
 */
export function metricChange(
  metric: Pick<Metric, "unit" | "value" | "previousValue" | "higherIsBetter">,
): MetricChange | null {
  const { unit, value, previousValue, higherIsBetter } = metric;
  if (value === null || previousValue === null) return null;
  const { amount, text } = difference(unit, value, previousValue);
  const direction = amount === 0 ? "flat" : amount > 0 ? "up" : "down";
  const tone: ChangeTone = direction === "flat" ? "neutral" : (direction === "up") === higherIsBetter ? "good" : "bad";
  const was = formatMetricValue(unit, previousValue);
  const by = text === "new" ? "" : text.endsWith("×") ? ` ${text},` : ` by ${text.replace("pts", "points")},`;
  const description =
    direction === "flat"
      ? `No change from ${was} in the previous period`
      : `${direction === "up" ? "Up" : "Down"}${by} from ${was} in the previous period`;
  return { direction, text, tone, description };
}

type Noun = readonly [singular: string, plural: string];
const noun = ([singular, plural]: Noun, n: number) => (n === 1 ? singular : plural);

/** "132 of 410 active users": the counted part out of the whole. */
const outOf =
  (whole: Noun) =>
  (numerator: number | null, denominator: number | null): string | undefined =>
    numerator === null || denominator === null
      ? undefined
      : `${count.format(numerator)} of ${count.format(denominator)} ${noun(whole, denominator)}`;

/** "from 214 ratings": the sample a mean was taken over. */
const sampleOf =
  (prefix: string, sample: Noun) =>
  (_numerator: number | null, denominator: number | null): string | undefined =>
    denominator === null ? undefined : `${prefix} ${count.format(denominator)} ${noun(sample, denominator)}`;

const activeUsers: Noun = ["active user", "active users"];
const activeCandidates: Noun = ["active candidate", "active candidates"];
const ratings: Noun = ["rating", "ratings"];

/** What the numerator and denominator of each metric count, in words; undefined for plain counts. */
const sampleLines: Record<
  MetricKey,
  ((numerator: number | null, denominator: number | null) => string | undefined) | undefined
> = {
  coach_engagement_rate: outOf(activeUsers),
  coach_completion_rate: outOf(["conversation", "conversations"]),
  coach_acceptance_rate: outOf(["outcome card", "outcome cards"]),
  coach_thumbs_up_share: outOf(["thumb given", "thumbs given"]),
  coach_average_rating: sampleOf("from", ratings),
  video_upload_rate: outOf(activeCandidates),
  profile_completion_rate: outOf(activeCandidates),
  portfolio_views: undefined,
  employer_engagement: undefined,
  scheduling_success_rate: outOf(["proposal", "proposals"]),
  time_to_schedule: sampleOf("over", ["booking", "bookings"]),
  rescheduling_rate: (numerator, denominator) =>
    numerator === null || denominator === null
      ? undefined
      : `${count.format(numerator)} ${noun(["reschedule", "reschedules"], numerator)} over ${count.format(denominator)} ${noun(["booking", "bookings"], denominator)}`,
  scheduling_satisfaction: sampleOf("from", ratings),
  resume_creation_rate: outOf(activeCandidates),
  ats_score_improvement: sampleOf("over", ["resume", "resumes"]),
  resume_exports: undefined,
  application_success_rate: outOf(["application", "applications"]),
};

/** The line under a figure saying what it was measured on, e.g. "132 of 410 active users". */
export function sampleLine(metric: Pick<Metric, "key" | "numerator" | "denominator">): string | undefined {
  return sampleLines[metric.key]?.(metric.numerator, metric.denominator);
}

const dayFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});
const shortDayFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

type Bucket = MetricsReport["bucket"];
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** A bucket named by its first day: "Nov 3, 2026", "Week of Nov 3, 2026", "Nov 2026". */
export function bucketLabel(date: string, bucket: Bucket): string {
  if (bucket === "month") return monthFormat.format(asDate(date));
  const day = dayFormat.format(asDate(date));
  return bucket === "week" ? `Week of ${day}` : day;
}

/** The same, short enough for the chart's axis. */
export function bucketAxisLabel(date: string, bucket: Bucket): string {
  return bucket === "month" ? monthFormat.format(asDate(date)) : shortDayFormat.format(asDate(date));
}

export const bucketNames: Record<Bucket, string> = { day: "by day", week: "by week", month: "by month" };
