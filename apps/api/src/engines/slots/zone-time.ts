import { IANAZone } from "luxon";
import { dayMs, minuteMs } from "./intervals";

/**
 * Wall-clock time is handled as "local epoch ms": the local date and time written as if they were UTC. Calendar
 * arithmetic on it (next day, weekday, minutes since midnight) is plain integer math; only the step between wall
 * clock and instant needs the zone database.
 *
 * Asking Intl for an offset costs microseconds (luxon formats the instant to parts), and a search asks hundreds
 * of thousands of times, so each zone's offset changes are found once per year (daily samples, then a binary
 * search to the minute) and looked up by binary search. IANA zones never change twice within a day.
 */
const yearMs = 366 * dayMs;

interface OffsetTable {
  /** Instants at which the offset changes, ascending. */
  changes: number[];
  /** offsets[i] holds before changes[i]; the last one after the last change. */
  offsets: number[];
}

/**
 * A zone's offsets, from any source of "offset in minutes at an instant": the IANA database here, an imported
 * calendar's VTIMEZONE in the calendar engine.
 */
export class ZoneOffsets {
  private readonly years = new Map<number, OffsetTable>();

  /**
   * `sampleMs` is how often the source is asked before a binary search finds a change to the minute; it must be
   * shorter than the shortest time between two changes.
   */
  constructor(
    private readonly offsetAt: (at: number) => number,
    private readonly sampleMs = dayMs,
  ) {}

  private table(at: number): OffsetTable {
    const year = Math.floor(at / yearMs);
    let table = this.years.get(year);
    if (!table) {
      table = this.build(year * yearMs, (year + 1) * yearMs);
      this.years.set(year, table);
    }
    return table;
  }

  private build(from: number, to: number): OffsetTable {
    const changes: number[] = [];
    const offsets = [this.offsetAt(from)];
    for (let sample = from; sample < to; sample += this.sampleMs) {
      const current = offsets.at(-1)!;
      if (this.offsetAt(sample + this.sampleMs) === current) continue;
      let low = sample;
      let high = sample + this.sampleMs;
      while (high - low > minuteMs) {
        const mid = low + Math.floor((high - low) / 2 / minuteMs) * minuteMs;
        if (this.offsetAt(mid) === current) low = mid;
        else high = mid;
      }
      changes.push(high);
      offsets.push(this.offsetAt(high));
    }
    return { changes, offsets };
  }

  /** Offset from UTC in minutes at an instant. */
  offset(at: number): number {
    const { changes, offsets } = this.table(at);
    let low = 0;
    let high = changes.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (changes[mid]! <= at) low = mid + 1;
      else high = mid;
    }
    return offsets[low]!;
  }

  /**
   * The instant of a wall-clock time. A time skipped by a spring-forward change (02:30 in New York on the March
   * change) moves forward by the size of the gap (03:30), as a clock set before the change would show. A time
   * repeated by a fall-back change (01:30 on the November change) is taken at its earlier occurrence, so a day's
   * hours never start later than the wall clock says.
   */
  toInstant(local: number): number {
    const before = this.offset(local - dayMs);
    const after = this.offset(local + dayMs);
    let best: number | undefined;
    for (const offset of before === after ? [before] : [before, after]) {
      const at = local - offset * minuteMs;
      if (this.offset(at) === offset && (best === undefined || at < best)) best = at;
    }
    return best ?? local - before * minuteMs;
  }
}

const ianaZones = new Map<string, ZoneOffsets>();
const validZones = new Map<string, boolean>();

function iana(timeZone: string): ZoneOffsets {
  let zone = ianaZones.get(timeZone);
  if (!zone) {
    const source = IANAZone.create(timeZone);
    zone = new ZoneOffsets((at) => source.offset(at));
    ianaZones.set(timeZone, zone);
  }
  return zone;
}

export function isValidTimeZone(name: string): boolean {
  let valid = validZones.get(name);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(name);
    validZones.set(name, valid);
  }
  return valid;
}

/** The IANA zone's offset from UTC in minutes at an instant. */
export function offsetMinutes(timeZone: string, at: number): number {
  return iana(timeZone).offset(at);
}

/** Local epoch ms of an instant in an IANA zone. */
export function toLocal(timeZone: string, at: number): number {
  return at + offsetMinutes(timeZone, at) * minuteMs;
}

/** The instant of a wall-clock time in an IANA zone (see ZoneOffsets.toInstant for DST gaps and overlaps). */
export function toInstant(timeZone: string, local: number): number {
  return iana(timeZone).toInstant(local);
}

/** "2026-03-10" for a local epoch ms. */
export function localDateKey(local: number): string {
  return new Date(local).toISOString().slice(0, 10);
}

/** Local epoch ms of a "YYYY-MM-DD" date's midnight. */
function localMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** ISO week key ("2026-W11") of a local epoch ms; weeks start on Monday. */
export function localWeekKey(local: number): string {
  const midnight = local - (((local % dayMs) + dayMs) % dayMs);
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7;
  const thursday = new Date(midnight + (3 - weekday) * dayMs);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * dayMs)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/**
 * ISO 8601 to the second with the zone's offset at that instant, e.g. "2026-03-10T08:00:00+05:30"; "Z" for the
 * zone UTC itself, "+00:00" for a zone that merely sits at UTC (London in winter).
 */
export function formatInZone(at: number, timeZone: string): string {
  const offset = offsetMinutes(timeZone, at);
  const local = new Date(at + offset * minuteMs).toISOString().slice(0, 19);
  if (offset === 0 && (timeZone === "UTC" || timeZone === "Etc/UTC")) return `${local}Z`;
  const size = Math.abs(offset);
  const hours = String(Math.floor(size / 60)).padStart(2, "0");
  return `${local}${offset < 0 ? "-" : "+"}${hours}:${String(size % 60).padStart(2, "0")}`;
}

const weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Tue 10 Mar" for a local date key, used in explanations. */
export function describeDate(date: string): string {
  const day = new Date(localMidnight(date));
  return `${weekdayNames[day.getUTCDay()]} ${day.getUTCDate()} ${monthNames[day.getUTCMonth()]}`;
}

/** "09:30" for a local epoch ms. */
export function describeClock(local: number): string {
  return new Date(local).toISOString().slice(11, 16);
}
