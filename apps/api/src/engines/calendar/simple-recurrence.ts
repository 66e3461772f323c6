import { dayMs } from "../slots/intervals";

/**
 * DAILY and WEEKLY rules with only INTERVAL, COUNT, UNTIL, BYDAY (plain weekdays) and WKST — nearly every series in
 * real work calendars — expanded with integer arithmetic on wall-clock ms. ical.js's iterator costs about half a
 * millisecond per series to set up, which alone broke the 5,000-event import budget; anything richer still goes
 * to ical.js.
 */
export interface SimpleRule {
  freq: "DAILY" | "WEEKLY";
  interval: number;
  count?: number;
  /** The raw UNTIL value, resolved by the caller. */
  until?: string;
  /** Weekdays 0 = Monday … 6 = Sunday. */
  byDay?: number[];
  weekStart: number;
}

const weekdayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/** The rule when it is simple enough for expandSimpleRule, otherwise undefined (including when malformed). */
export function parseSimpleRule(value: string): SimpleRule | undefined {
  const parts = new Map<string, string>();
  for (const part of value.split(";")) {
    const [key, text] = part.split("=");
    if (!key || text === undefined) return undefined;
    parts.set(key.toUpperCase(), text.toUpperCase());
  }
  const freq = parts.get("FREQ");
  if (freq !== "DAILY" && freq !== "WEEKLY") return undefined;
  if ([...parts.keys()].some((k) => !["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "WKST"].includes(k))) {
    return undefined;
  }
  const interval = Number(parts.get("INTERVAL") ?? 1);
  const count = parts.has("COUNT") ? Number(parts.get("COUNT")) : undefined;
  const byDay = parts
    .get("BYDAY")
    ?.split(",")
    .map((d) => weekdayCodes.indexOf(d));
  const weekStart = weekdayCodes.indexOf(parts.get("WKST") ?? "MO");
  const valid =
    Number.isInteger(interval) &&
    interval > 0 &&
    (count === undefined || (Number.isInteger(count) && count > 0)) &&
    !byDay?.includes(-1) &&
    weekStart >= 0 &&
    !(parts.has("COUNT") && parts.has("UNTIL"));
  if (!valid) return undefined;
  return { freq, interval, count, until: parts.get("UNTIL"), byDay, weekStart };
}

function weekday(local: number) {
  return (new Date(local).getUTCDay() + 6) % 7;
}

/**
 * Wall-clock starts of the rule from `start` (DTSTART, always the first occurrence) while `keepGoing` says so.
 * Without COUNT the walk may begin at `skipTo` (a wall-clock time well before the window): periods before it
 * cannot matter.
 */
export function* expandSimpleRule(rule: SimpleRule, start: number, skipTo: number): Generator<number> {
  const timeOfDay = ((start % dayMs) + dayMs) % dayMs;
  const firstDay = start - timeOfDay;
  const periodDays = rule.freq === "DAILY" ? rule.interval : 7 * rule.interval;
  const anchor = rule.freq === "DAILY" ? firstDay : firstDay - ((weekday(firstDay) - rule.weekStart + 7) % 7) * dayMs;
  const days =
    rule.freq === "DAILY" ? [0] : (rule.byDay ?? [weekday(start)]).map((d) => (d - rule.weekStart + 7) % 7).sort();
  let emitted = 0;
  yield start;
  emitted++;
  let period = 0;
  if (rule.count === undefined && skipTo > start)
    period = Math.max(0, Math.floor((skipTo - anchor) / (periodDays * dayMs)));
  for (; ; period++) {
    for (const offset of days) {
      const local = anchor + (period * periodDays + offset) * dayMs + timeOfDay;
      if (local <= start) continue;
      if (rule.freq === "DAILY" && rule.byDay && !rule.byDay.includes(weekday(local))) continue;
      if (rule.count !== undefined && emitted >= rule.count) return;
      yield local;
      emitted++;
    }
  }
}
