import { dayMs } from "../slots/intervals";
import { isValidTimeZone } from "../slots/zone-time";
import { type ContentLine, type IcsComponent, parseComponents, properties, property } from "./ics-components";
import { IcsParseError } from "./ics-error";
import { expandRule } from "./ics-recurrence";
import { unescapeText } from "./ics-text";
import {
  type IcsTime,
  parseDuration,
  parseTimeList,
  parseTimeProperty,
  parseTimeValue,
  TimeResolver,
} from "./ics-time";

export interface IcsImportOptions {
  /** Busy time overlapping [from, to) is returned; recurrences are expanded only that far. */
  from: number;
  to: number;
  /** The calendar owner's zone: all-day events block their local days, floating times are read in it. */
  timeZone: string;
  maxBytes?: number;
  maxEvents?: number;
  /** Occurrences inside the window, over all series. */
  maxOccurrences?: number;
}

export interface ImportedBusy {
  start: number;
  end: number;
  uid?: string;
  summary?: string;
}

export interface IcsImportResult {
  /** Sorted by start; overlapping events are not merged (the slot engine merges). */
  busy: ImportedBusy[];
  /** Problems that did not stop the import (an unknown TZID read in the owner's zone, a truncated series). */
  warnings: string[];
}

export const icsImportDefaults = { maxBytes: 10 * 1024 * 1024, maxEvents: 50_000, maxOccurrences: 200_000 };

interface Timing {
  start: IcsTime;
  /** Length of a timed event. */
  lengthMs: number;
  /** Length in local days of an all-day event. */
  days: number;
}

function timing(event: IcsComponent, resolver: TimeResolver): Timing | undefined {
  const dtstart = property(event, "DTSTART");
  if (!dtstart) throw new IcsParseError("malformed", "VEVENT without DTSTART", event.line);
  const start = parseTimeProperty(dtstart);
  const dtend = property(event, "DTEND");
  const duration = property(event, "DURATION");
  if (start.dateOnly) {
    const endLocal = dtend
      ? parseTimeProperty(dtend).local
      : start.local + (duration ? parseDuration(duration.value, duration.line) : dayMs);
    return { start, lengthMs: 0, days: Math.max(1, Math.ceil((endLocal - start.local) / dayMs)) };
  }
  const startAt = resolver.instant(start.local, start);
  const lengthMs = dtend
    ? resolver.instant(parseTimeProperty(dtend).local, parseTimeProperty(dtend)) - startAt
    : duration
      ? parseDuration(duration.value, duration.line)
      : 0;
  // A timed event without an end takes no time (RFC 5545 §3.6.1) and blocks nothing.
  return lengthMs > 0 ? { start, lengthMs, days: 0 } : undefined;
}

/**
 * Whether a one-off event lies so far outside the window that its zone cannot bring it in (offsets stay within
 * ±14 h; two days of margin). Most events of a years-old export are, and skipping them saves resolving their zones.
 */
function clearlyOutside(event: IcsComponent, options: Required<IcsImportOptions>): boolean {
  const dtstart = property(event, "DTSTART");
  if (!dtstart) return false;
  const start = parseTimeProperty(dtstart).local;
  const dtend = property(event, "DTEND");
  const duration = property(event, "DURATION");
  const end = dtend
    ? parseTimeProperty(dtend).local
    : start + Math.max(dayMs, duration ? parseDuration(duration.value, duration.line) : 0);
  return end < options.from - 2 * dayMs || start > options.to + 2 * dayMs;
}

function blocks(event: IcsComponent): boolean {
  return (
    property(event, "STATUS")?.value.toUpperCase() !== "CANCELLED" &&
    property(event, "TRANSP")?.value.toUpperCase() !== "TRANSPARENT"
  );
}

class Collector {
  readonly busy: ImportedBusy[] = [];
  readonly warnings: string[] = [];

  constructor(
    private readonly options: Required<IcsImportOptions>,
    private readonly resolver: TimeResolver,
  ) {}

  add(start: number, end: number, event: IcsComponent | undefined, line: number) {
    if (end <= this.options.from || start >= this.options.to) return;
    if (this.busy.length >= this.options.maxOccurrences) {
      throw new IcsParseError(
        "too-many-occurrences",
        `more than ${this.options.maxOccurrences} busy occurrences in the window`,
        line,
      );
    }
    const uid = event && property(event, "UID")?.value;
    const summary = event && property(event, "SUMMARY")?.value;
    this.busy.push({
      start,
      end,
      ...(uid ? { uid } : {}),
      ...(summary ? { summary: unescapeText(summary) } : {}),
    });
  }

  /** Adds an occurrence starting at a wall-clock time, all-day ones covering whole local days. */
  occurrence(local: number, t: Timing, event: IcsComponent) {
    const start = this.resolver.instant(local, t.start);
    const end = t.start.dateOnly ? this.resolver.instant(local + t.days * dayMs, t.start) : start + t.lengthMs;
    this.add(start, end, event, event.line);
  }
}

function recurrenceKey(resolver: TimeResolver, time: IcsTime) {
  return resolver.instant(time.local, time);
}

/** An event with RRULE/RDATE, minus EXDATEs and the instances its RECURRENCE-ID overrides replace. */
function expandSeries(
  master: IcsComponent,
  t: Timing,
  replaced: Set<number>,
  collector: Collector,
  resolver: TimeResolver,
  options: Required<IcsImportOptions>,
) {
  const rules = properties(master, "RRULE");
  let starts = [t.start.local];
  for (const rule of rules) {
    const lengthMs = t.start.dateOnly ? t.days * dayMs : t.lengthMs;
    const expansion = expandRule(rule, t.start, lengthMs, resolver, options.from, options.to);
    if (expansion.truncated) collector.warnings.push(`line ${rule.line}: series stopped after too many repetitions`);
    starts = rules.length === 1 ? expansion.starts : [...starts, ...expansion.starts];
  }
  for (const rdate of properties(master, "RDATE")) {
    for (const value of rdate.value.split(",")) {
      // A PERIOD value ("start/end" or "start/duration") keeps only its start: every instance has the event's length.
      const time = parseTimeValue(value.split("/")[0]!, rdate.line, rdate.params.get("TZID"));
      starts.push(time.local);
    }
  }
  const excluded = new Set(
    properties(master, "EXDATE").flatMap((p) => parseTimeList(p).map((x) => recurrenceKey(resolver, x))),
  );
  const seen = new Set<number>();
  for (const local of starts) {
    const key = resolver.instant(local, t.start);
    if (seen.has(key) || excluded.has(key) || replaced.has(key)) continue;
    seen.add(key);
    collector.occurrence(local, t, master);
  }
}

function readFreeBusy(component: IcsComponent, collector: Collector, resolver: TimeResolver) {
  for (const prop of properties(component, "FREEBUSY")) {
    // Without FBTYPE a period is BUSY (RFC 5545 §3.2.9); BUSY-TENTATIVE and BUSY-UNAVAILABLE block as well.
    if ((prop.params.get("FBTYPE") ?? "BUSY").toUpperCase() === "FREE") continue;
    for (const period of prop.value.split(",")) {
      const [startText, endText] = period.split("/");
      if (!startText || !endText) throw new IcsParseError("malformed", `"${period}" is not a PERIOD`, prop.line);
      const start = parseTimeValue(startText, prop.line);
      const startAt = resolver.instant(start.local, start);
      const endTime = /^[+-]?P/.test(endText) ? undefined : parseTimeValue(endText, prop.line);
      const end = endTime ? resolver.instant(endTime.local, endTime) : startAt + parseDuration(endText, prop.line);
      collector.add(startAt, end, undefined, prop.line);
    }
  }
}

function readCalendar(
  calendar: IcsComponent,
  options: Required<IcsImportOptions>,
  collector: Collector,
  resolver: TimeResolver,
) {
  const events = calendar.components.filter((c) => c.name === "VEVENT");
  const overridesByUid = new Map<string, { event: IcsComponent; recurrenceId: ContentLine }[]>();
  for (const event of events) {
    const recurrenceId = property(event, "RECURRENCE-ID");
    if (!recurrenceId) continue;
    const uid = property(event, "UID")?.value ?? "";
    overridesByUid.set(uid, [...(overridesByUid.get(uid) ?? []), { event, recurrenceId }]);
  }
  for (const event of events) {
    const recurrenceId = property(event, "RECURRENCE-ID");
    if (!property(event, "RRULE") && !property(event, "RDATE") && clearlyOutside(event, options)) continue;
    const t = timing(event, resolver);
    if (!t || !blocks(event)) continue;
    if (recurrenceId) {
      // An override stands on its own at its new time; the instance it replaces is dropped from its series.
      collector.occurrence(t.start.local, t, event);
      continue;
    }
    const overrides = overridesByUid.get(property(event, "UID")?.value ?? "") ?? [];
    const replaced = new Set(overrides.map((o) => recurrenceKey(resolver, parseTimeProperty(o.recurrenceId))));
    if (property(event, "RRULE") || property(event, "RDATE")) {
      expandSeries(event, t, replaced, collector, resolver, options);
    } else if (!replaced.has(recurrenceKey(resolver, t.start))) {
      collector.occurrence(t.start.local, t, event);
    }
  }
  for (const freeBusy of calendar.components.filter((c) => c.name === "VFREEBUSY")) {
    readFreeBusy(freeBusy, collector, resolver);
  }
}

/**
 * Busy intervals of an iCalendar text (a calendar export, a subscribed feed, a free/busy reply) within a window.
 * Throws IcsParseError (with a line number) for malformed text or text over the limits; never anything else.
 */
export function readBusyIntervals(text: string, input: IcsImportOptions): IcsImportResult {
  const options = { ...icsImportDefaults, ...input };
  if (!isValidTimeZone(options.timeZone)) {
    throw new IcsParseError("malformed", `"${options.timeZone}" is not an IANA time zone`);
  }
  if (text.length > options.maxBytes || Buffer.byteLength(text, "utf8") > options.maxBytes) {
    throw new IcsParseError("too-large", `the calendar is larger than ${options.maxBytes} bytes`);
  }
  const roots = parseComponents(text);
  const calendars = roots.filter((r) => r.name === "VCALENDAR");
  const events = calendars.flatMap((c) => c.components.filter((e) => e.name === "VEVENT"));
  if (events.length > options.maxEvents) {
    throw new IcsParseError(
      "too-many-events",
      `more than ${options.maxEvents} events`,
      events[options.maxEvents]!.line,
    );
  }
  const results = calendars.map((calendar) => {
    const resolver = new TimeResolver(options.timeZone, calendar);
    const collector = new Collector(options, resolver);
    try {
      readCalendar(calendar, options, collector, resolver);
    } catch (error) {
      if (error instanceof IcsParseError) throw error;
      // ical.js or a value we did not foresee: still a refusal of the file, never a crash.
      throw new IcsParseError("malformed", (error as Error).message);
    }
    for (const zone of resolver.unknownZones)
      collector.warnings.push(`unknown TZID "${zone}" read in ${options.timeZone}`);
    return collector;
  });
  return {
    busy: results.flatMap((r) => r.busy).sort((a, b) => a.start - b.start || a.end - b.end),
    warnings: results.flatMap((r) => r.warnings),
  };
}
