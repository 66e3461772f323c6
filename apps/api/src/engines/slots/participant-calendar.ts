import { dayMs, type Interval, mergeIntervals, minuteMs } from "./intervals";
import type { ClockRange, Participant, Weekday, WeeklyHours } from "./slot-types";
import { clockMinutes } from "./validate-suggest-input";
import { localDateKey, localWeekKey, toInstant, toLocal } from "./zone-time";

/** One local calendar day of a participant, with its UTC bounds (23, 24 or 25 hours long). */
export interface LocalDay {
  date: string;
  week: string;
  weekday: Weekday;
  /** Local epoch ms of midnight. */
  local: number;
  start: number;
  end: number;
}

const weekdays: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** The participant's local days touching [from, to), with a day of margin either side. */
export function localDays(timeZone: string, from: number, to: number): LocalDay[] {
  const first = toLocal(timeZone, from) - dayMs;
  const last = toLocal(timeZone, to) + dayMs;
  const days: LocalDay[] = [];
  for (let local = first - (((first % dayMs) + dayMs) % dayMs); local <= last; local += dayMs) {
    days.push({
      date: localDateKey(local),
      week: localWeekKey(local),
      weekday: weekdays[new Date(local).getUTCDay()]!,
      local,
      start: toInstant(timeZone, local),
      end: toInstant(timeZone, local + dayMs),
    });
  }
  return days;
}

/** Index of the local day containing an instant (binary search over sorted days). */
export function dayIndexAt(days: readonly LocalDay[], at: number): number {
  let low = 0;
  let high = days.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (days[mid]!.start <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

function rangesToInstants(timeZone: string, day: LocalDay, ranges: readonly ClockRange[]): Interval[] {
  return ranges.map((r) => ({
    start: toInstant(timeZone, day.local + clockMinutes(r.start)! * minuteMs),
    end: toInstant(timeZone, day.local + clockMinutes(r.end)! * minuteMs),
  }));
}

/** Weekly local ranges laid onto the given days as UTC intervals. */
export function weeklyToInstants(timeZone: string, days: readonly LocalDay[], hours: WeeklyHours): Interval[] {
  return mergeIntervals(days.flatMap((day) => rangesToInstants(timeZone, day, hours[day.weekday] ?? [])));
}

/** Working hours on the given days, date overrides replacing the weekly hours of their date. */
export function workingHoursToInstants(participant: Participant, days: readonly LocalDay[]): Interval[] {
  const overrides = new Map((participant.dateOverrides ?? []).map((o) => [o.date, o.hours]));
  const weekly = participant.workingHours ?? {};
  return mergeIntervals(
    days.flatMap((day) =>
      rangesToInstants(participant.timeZone, day, overrides.get(day.date) ?? weekly[day.weekday] ?? []),
    ),
  );
}
