/**
 * The calendar of a metrics report: which bucket size a range gets, where each bucket starts, and the previous
 * period it is compared with. Dates are UTC calendar days written YYYY-MM-DD; the last day is included.
 */
export type MetricBucket = "day" | "week" | "month";

export interface MetricPeriodPlan {
  from: string;
  to: string;
  /** Days in the range, both ends included. */
  days: number;
  previousFrom: string;
  previousTo: string;
  bucket: MetricBucket;
  /** First day of each bucket of the range, oldest first; the first is always `from`. */
  bucketStarts: string[];
  /** The same buckets moved back by `days`, so each previous bucket has the length of its current twin. */
  previousBucketStarts: string[];
  /** Bucket boundaries for SQL `width_bucket`: previous starts, current starts, then the day after `to`. */
  boundaries: string[];
}

const dayMs = 86_400_000;

export function parseDay(day: string): number {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`not a YYYY-MM-DD day: ${day}`);
  return ms;
}

export function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return formatDay(parseDay(day) + days * dayMs);
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to) - parseDay(from)) / dayMs) + 1;
}

/** Day buckets up to 62 days (two months of daily points), weeks up to a year, months beyond. */
export function chooseBucket(days: number): MetricBucket {
  if (days <= 62) return "day";
  if (days <= 366) return "week";
  return "month";
}

/**
 * Bucket starts within [from, to]: every day; or `from` then each Monday (ISO weeks); or `from` then each 1st of a
 * month. Aligning to weeks and months keeps labels readable ("week of Mon 3 Nov"); only the first bucket is partial.
 */
export function bucketStarts(from: string, to: string, bucket: MetricBucket): string[] {
  const end = parseDay(to);
  const starts = [from];
  let cursor = parseDay(from);
  for (;;) {
    cursor = nextBucketStart(cursor, bucket);
    if (cursor > end) return starts;
    starts.push(formatDay(cursor));
  }
}

function nextBucketStart(ms: number, bucket: MetricBucket): number {
  if (bucket === "day") return ms + dayMs;
  const date = new Date(ms);
  if (bucket === "week") {
    const daysToMonday = ((8 - date.getUTCDay()) % 7 || 7) as number;
    return ms + daysToMonday * dayMs;
  }
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/** Plans the report of [from, to]: the previous period is the same number of days just before `from`. */
export function planMetricPeriod(from: string, to: string): MetricPeriodPlan {
  const days = daysBetween(from, to);
  if (days < 1) throw new Error(`the range ends before it starts: ${from}..${to}`);
  const bucket = chooseBucket(days);
  const starts = bucketStarts(from, to, bucket);
  const previousStarts = starts.map((start) => addDays(start, -days));
  return {
    from,
    to,
    days,
    previousFrom: addDays(from, -days),
    previousTo: addDays(from, -1),
    bucket,
    bucketStarts: starts,
    previousBucketStarts: previousStarts,
    boundaries: [...previousStarts, ...starts, addDays(to, 1)],
  };
}

/** The earlier of two YYYY-MM-DD days (they sort as text). */
export function earlierDay(a: string, b: string): string {
  return a.localeCompare(b) <= 0 ? a : b;
}

export function laterDay(a: string, b: string): string {
  return a.localeCompare(b) >= 0 ? a : b;
}
