import { metricsQuerySchema } from "@hirefolio/shared";

/** A reporting period as the API reads it: whole UTC days, both ends included. */
export interface DateRange {
  from: string;
  to: string;
}

export const rangePresets = [
  { value: "7d", label: "Last 7 days" },
  { value: "30d", label: "Last 30 days" },
  { value: "90d", label: "Last 90 days" },
  { value: "ytd", label: "This year" },
] as const;
export type RangePreset = (typeof rangePresets)[number]["value"];

/** The period shown when the address names none. */
export const defaultPreset: RangePreset = "30d";

const dayMs = 86_400_000;

/** YYYY-MM-DD of a moment, in UTC like the API's buckets. */
export function utcDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs));
}

/** The days a preset covers, ending today (UTC); `now` is a parameter so tests control the clock. */
export function presetRange(preset: RangePreset, now: Date): DateRange {
  const today = utcDay(now);
  switch (preset) {
    case "7d":
      return { from: addDays(today, -6), to: today };
    case "30d":
      return { from: addDays(today, -29), to: today };
    case "90d":
      return { from: addDays(today, -89), to: today };
    case "ytd":
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

/** Which preset a range is, so its button shows pressed; undefined for a custom range. */
export function presetOf(range: DateRange, now: Date): RangePreset | undefined {
  return rangePresets.find(({ value }) => {
    const preset = presetRange(value, now);
    return preset.from === range.from && preset.to === range.to;
  })?.value;
}

export type RangeFromAddress = { ok: true; range: DateRange } | { ok: false; range: DateRange; message: string };

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The range in `?from&to`, checked with the same rules as the API so an invalid one is explained instead of
 * fetched. Neither given means the default preset; the raw values come back either way for the date inputs.
 */
export function rangeFromAddress(from: string | null, to: string | null, now: Date): RangeFromAddress {
  if (from === null && to === null) return { ok: true, range: presetRange(defaultPreset, now) };
  const range = { from: from ?? "", to: to ?? "" };
  if (!isoDay.test(range.from) || Number.isNaN(Date.parse(range.from))) {
    return { ok: false, range, message: "Choose a start date." };
  }
  if (!isoDay.test(range.to) || Number.isNaN(Date.parse(range.to))) {
    return { ok: false, range, message: "Choose an end date." };
  }
  const parsed = metricsQuerySchema.safeParse(range);
  if (!parsed.success) {
    const first = parsed.error.issues[0]?.message ?? "That range isn't valid.";
    return { ok: false, range, message: `${first}.` };
  }
  return { ok: true, range };
}

const dayFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const dayYearFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** "Oct 28 – Nov 26, 2026", or with both years when the range crosses one. */
export function formatRange({ from, to }: DateRange): string {
  if (from === to) return dayYearFormat.format(asDate(from));
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${(sameYear ? dayFormat : dayYearFormat).format(asDate(from))} – ${dayYearFormat.format(asDate(to))}`;
}
