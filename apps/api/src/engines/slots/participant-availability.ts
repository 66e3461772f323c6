import { type Interval, intersectIntervals, mergeIntervals, minuteMs, subtractIntervals } from "./intervals";
import { dayIndexAt, type LocalDay, localDays, weeklyToInstants, workingHoursToInstants } from "./participant-calendar";
import type { BusyInterval, Participant, SuggestRequest } from "./slot-types";

export interface Load {
  count: number;
  minutes: number;
}

/**
 * Everything the search needs about one participant, in UTC intervals clipped to the searchable range. Built
 * once per request; the per-duration free lists are cached because sessions of a loop may differ in length.
 */
export interface ParticipantAvailability {
  participant: Participant;
  days: LocalDay[];
  /** Working hours (or the whole range when none are set). */
  hours: Interval[];
  /** Out of office and no-meeting blocks. */
  blocked: Interval[];
  /** Preferred hours, when the participant set them. */
  preferred?: Interval[];
  busy: Interval[];
  /** Busy time widened by the buffers: a session may not start or end inside it. */
  busyWithBuffers: Interval[];
  /** Hirefolio interviews already booked, per local date and per ISO week. */
  dayLoad: Map<string, Load>;
  weekLoad: Map<string, Load>;
  /** Free time for a session of the given length: hours minus blocks, busy time and days at a load limit. */
  freeFor(durationMinutes: number): Interval[];
  /** The local days on which one more interview of this length would break a limit, with the limit broken. */
  limitedDays(durationMinutes: number): Map<string, string>;
}

function addLoad(map: Map<string, Load>, key: string, minutes: number) {
  const load = map.get(key) ?? { count: 0, minutes: 0 };
  load.count += 1;
  load.minutes += minutes;
  map.set(key, load);
}

/** Which limit (if any) one more interview of `minutes` breaks, given the day's and week's load. */
export function brokenLimit(participant: Participant, day: Load, week: Load, minutes: number): string | undefined {
  const limits = participant.limits;
  if (!limits) return undefined;
  if (limits.maxPerDay !== undefined && day.count + 1 > limits.maxPerDay) return `${limits.maxPerDay}-per-day limit`;
  if (limits.maxPerWeek !== undefined && week.count + 1 > limits.maxPerWeek)
    return `${limits.maxPerWeek}-per-week limit`;
  if (limits.maxMinutesPerDay !== undefined && day.minutes + minutes > limits.maxMinutesPerDay) {
    return `${hoursText(limits.maxMinutesPerDay)}-per-day limit`;
  }
  if (limits.maxMinutesPerWeek !== undefined && week.minutes + minutes > limits.maxMinutesPerWeek) {
    return `${hoursText(limits.maxMinutesPerWeek)}-per-week limit`;
  }
  return undefined;
}

function hoursText(minutes: number) {
  return minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`;
}

const noLoad: Load = { count: 0, minutes: 0 };

/**
 * A participant's availability over the searchable range. Busy time is not clipped to the range, so an event
 * just before the window still pushes the first start out by the before-buffer.
 */
export function buildAvailability(
  participant: Participant,
  busy: readonly BusyInterval[],
  request: SuggestRequest,
  range: Interval,
): ParticipantAvailability {
  const zone = participant.timeZone;
  const days = localDays(zone, range.start, range.end);
  const all = [range];
  const hours = intersectIntervals(
    participant.workingHours || participant.dateOverrides?.length
      ? workingHoursToInstants({ ...participant, workingHours: participant.workingHours ?? allWeek }, days)
      : all,
    all,
  );
  const blocked = mergeIntervals([
    ...(participant.outOfOffice ?? []),
    ...weeklyToInstants(zone, days, participant.preferences?.noMeetingBlocks ?? {}),
  ]);
  const busyOwn = mergeIntervals(busy);
  const before = request.bufferBeforeMinutes * minuteMs;
  const after = request.bufferAfterMinutes * minuteMs;
  // A session's after-buffer must clear the next busy start and its before-buffer the previous busy end.
  const busyWithBuffers = mergeIntervals(busyOwn.map((b) => ({ start: b.start - after, end: b.end + before })));

  const dayLoad = new Map<string, Load>();
  const weekLoad = new Map<string, Load>();
  // Interviews outside the window still count towards the week they fall in.
  const interviews = busy.filter((b) => b.source === "interview");
  const loadFrom = interviews.reduce((min, b) => Math.min(min, b.start), range.start);
  const loadTo = interviews.reduce((max, b) => Math.max(max, b.end), range.end);
  const loadDays = loadFrom < range.start || loadTo > range.end ? localDays(zone, loadFrom, loadTo) : days;
  for (const interview of interviews) {
    const day = loadDays[dayIndexAt(loadDays, interview.start)]!;
    const minutes = (interview.end - interview.start) / minuteMs;
    addLoad(dayLoad, day.date, minutes);
    addLoad(weekLoad, day.week, minutes);
  }

  const open = subtractIntervals(subtractIntervals(hours, blocked), busyWithBuffers);
  const limitedCache = new Map<number, Map<string, string>>();
  const freeCache = new Map<number, Interval[]>();
  const limitedDays = (minutes: number) => {
    let limited = limitedCache.get(minutes);
    if (!limited) {
      limited = new Map();
      for (const day of days) {
        const broken = brokenLimit(
          participant,
          dayLoad.get(day.date) ?? noLoad,
          weekLoad.get(day.week) ?? noLoad,
          minutes,
        );
        if (broken) limited.set(day.date, broken);
      }
      limitedCache.set(minutes, limited);
    }
    return limited;
  };
  return {
    participant,
    days,
    hours,
    blocked,
    preferred: participant.preferences?.preferredHours
      ? weeklyToInstants(zone, days, participant.preferences.preferredHours)
      : undefined,
    busy: busyOwn,
    busyWithBuffers,
    dayLoad,
    weekLoad,
    limitedDays,
    freeFor(minutes) {
      let free = freeCache.get(minutes);
      if (!free) {
        const limited = limitedDays(minutes);
        const closed = days.filter((d) => limited.has(d.date)).map((d) => ({ start: d.start, end: d.end }));
        free = subtractIntervals(open, closed);
        freeCache.set(minutes, free);
      }
      return free;
    },
  };
}

const fullDay = [{ start: "00:00", end: "24:00" }];
const allWeek = { mon: fullDay, tue: fullDay, wed: fullDay, thu: fullDay, fri: fullDay, sat: fullDay, sun: fullDay };
