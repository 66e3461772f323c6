import ICAL from "ical.js";
import { dayMs, minuteMs } from "../slots/intervals";
import type { ContentLine } from "./ics-components";
import { IcsParseError } from "./ics-error";
import { type IcsTime, parseTimeValue, type TimeResolver } from "./ics-time";
import { expandSimpleRule, parseSimpleRule } from "./simple-recurrence";

/**
 * For ical.js: a series whose earlier occurrences are all before the window only costs iterations, so DAILY/
 * WEEKLY/HOURLY/MINUTELY rules without COUNT start from a copy of DTSTART moved forward by whole periods (which
 * keeps every occurrence in place); the moved start itself may not match the rule, which is why it lands well
 * before the window. Rules with COUNT must be walked from the true start.
 */
const periodOf: Record<string, number> = { WEEKLY: 7 * dayMs, DAILY: dayMs, HOURLY: 60 * minuteMs, MINUTELY: minuteMs };

/** More iterations than this for one series (outside the window too) stop it, with a warning. */
const maxIterationsPerSeries = 100_000;

interface Expansion {
  /** Wall-clock starts ("local epoch ms") of occurrences that may reach the window. */
  starts: number[];
  truncated: boolean;
}

/** UNTIL is inclusive; a date-only UNTIL includes that whole local day. */
function untilInstant(until: Pick<IcsTime, "local" | "dateOnly" | "utc">, start: IcsTime, resolver: TimeResolver) {
  if (until.utc) return until.local;
  if (until.dateOnly) return resolver.instant(until.local + dayMs, { ...start, dateOnly: true }) - 1;
  return resolver.instant(until.local, start);
}

function* icalStarts(
  rule: ContentLine,
  start: IcsTime,
  skipTo: number,
  context: { until: number },
  resolver: TimeResolver,
) {
  let recur: ICAL.Recur;
  try {
    recur = ICAL.Recur.fromString(rule.value);
  } catch (error) {
    throw new IcsParseError("malformed", `RRULE cannot be read: ${(error as Error).message}`, rule.line);
  }
  if (!recur.freq) throw new IcsParseError("malformed", "RRULE has no FREQ", rule.line);
  // UNTIL is compared as an instant by the caller: ical.js would compare a UTC UNTIL with floating wall-clock times.
  const until = recur.until;
  if (until) {
    const local = Date.UTC(until.year, until.month - 1, until.day, until.hour, until.minute, until.second);
    context.until = untilInstant(
      { local, dateOnly: until.isDate, utc: until.zone === ICAL.Timezone.utcTimezone },
      start,
      resolver,
    );
    recur.until = null;
  }
  let first = start.local;
  const period = periodOf[recur.freq];
  if (period && !recur.count) {
    const skip = Math.floor((skipTo - first) / (period * (recur.interval || 1)));
    if (skip > 0) first += skip * period * (recur.interval || 1);
  }
  const d = new Date(first);
  const iterator = recur.iterator(
    ICAL.Time.fromData({
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      isDate: start.dateOnly,
    }),
  );
  for (let next = iterator.next(); next; next = iterator.next()) {
    yield Date.UTC(next.year, next.month - 1, next.day, next.hour, next.minute, next.second);
  }
}

/** Wall-clock starts of an RRULE series from DTSTART up to `to` (an instant), RFC 5545 §3.8.5.3. */
export function expandRule(
  rule: ContentLine,
  start: IcsTime,
  lengthMs: number,
  resolver: TimeResolver,
  from: number,
  to: number,
): Expansion {
  const skipTo = from - 2 * dayMs - lengthMs;
  const simple = parseSimpleRule(rule.value);
  const context = { until: Number.POSITIVE_INFINITY };
  if (simple?.until) context.until = untilInstant(parseTimeValue(simple.until, rule.line), start, resolver);
  const walk = simple
    ? expandSimpleRule(simple, start.local, skipTo)
    : icalStarts(rule, start, skipTo, context, resolver);
  const starts: number[] = [];
  let iterations = 0;
  for (const local of walk) {
    if (++iterations > maxIterationsPerSeries) return { starts, truncated: true };
    const instant = resolver.instant(local, start);
    if (instant >= to || instant > context.until) break;
    if (instant + lengthMs > from) starts.push(local);
  }
  return { starts, truncated: false };
}
