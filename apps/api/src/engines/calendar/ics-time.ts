import ICAL from "ical.js";
import { dayMs, minuteMs } from "../slots/intervals";
import { isValidTimeZone, toInstant, ZoneOffsets } from "../slots/zone-time";
import { type ContentLine, componentText, type IcsComponent, property } from "./ics-components";
import { IcsParseError } from "./ics-error";

/** A DATE or DATE-TIME value as written: wall-clock "local epoch ms" plus how to place it in time. */
export interface IcsTime {
  /** The written date and time as if it were UTC. */
  local: number;
  dateOnly: boolean;
  utc: boolean;
  /** TZID parameter, if any. */
  tzid?: string;
}

const dateTimePattern = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;

export function parseTimeValue(value: string, line: number, tzid?: string): IcsTime {
  const m = dateTimePattern.exec(value.trim());
  const [year, month, day, hour, minute, second] = (m?.slice(1, 7) ?? []).map(Number);
  const local = m ? Date.UTC(year!, month! - 1, day!, hour || 0, minute || 0, second || 0) : Number.NaN;
  const date = new Date(local);
  if (!m || Number.isNaN(local) || date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day || hour! > 23) {
    throw new IcsParseError("malformed", `"${value}" is not a DATE or DATE-TIME`, line);
  }
  return { local, dateOnly: m[4] === undefined, utc: m[7] === "Z", tzid };
}

export function parseTimeProperty(prop: ContentLine): IcsTime {
  return parseTimeValue(prop.value, prop.line, prop.params.get("TZID"));
}

/** A comma list of DATE / DATE-TIME values (EXDATE, RDATE) sharing the property's TZID. */
export function parseTimeList(prop: ContentLine): IcsTime[] {
  return prop.value.split(",").map((v) => parseTimeValue(v, prop.line, prop.params.get("TZID")));
}

const durationPattern = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** A DURATION in milliseconds; days count as 24 hours. */
export function parseDuration(value: string, line: number): number {
  const m = durationPattern.exec(value.trim());
  if (!m || value.trim() === "P" || value.trim().endsWith("T")) {
    throw new IcsParseError("malformed", `"${value}" is not a DURATION`, line);
  }
  const [weeks, days, hours, minutes, seconds] = m.slice(2, 7).map((n) => Number(n ?? 0));
  const ms = (((weeks! * 7 + days!) * 24 + hours!) * 60 + minutes!) * minuteMs + seconds! * 1000;
  return m[1] === "-" ? -ms : ms;
}

/**
 * Places written times in time. A TZID that names an IANA zone uses the zone database (it is more current than
 * most embedded VTIMEZONEs); other TZIDs (Outlook's "W. Europe Standard Time") use the file's VTIMEZONE through
 * ical.js; times without a zone ("floating") and unknown TZIDs without a VTIMEZONE use the owner's zone.
 */
export class TimeResolver {
  private readonly vtimezones = new Map<string, IcsComponent>();
  private readonly customZones = new Map<string, ZoneOffsets>();
  readonly unknownZones = new Set<string>();

  constructor(
    readonly ownerZone: string,
    calendar: IcsComponent,
  ) {
    for (const tz of calendar.components.filter((c) => c.name === "VTIMEZONE")) {
      const id = property(tz, "TZID")?.value;
      if (id) this.vtimezones.set(id, tz);
    }
  }

  /** The IANA zone a TZID names, also inside Mozilla's "/mozilla.org/20050126_1/Europe/Berlin" form. */
  private ianaZone(tzid: string): string | undefined {
    if (isValidTimeZone(tzid)) return tzid;
    const tail = /[A-Za-z]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?$/.exec(tzid)?.[0];
    return tail && isValidTimeZone(tail) ? tail : undefined;
  }

  /** A VTIMEZONE read once by ical.js and then looked up through offset tables (ical.js is slow per call). */
  private customZone(tzid: string): ZoneOffsets | undefined {
    const component = this.vtimezones.get(tzid);
    if (!component) return undefined;
    let zone = this.customZones.get(tzid);
    if (!zone) {
      let source: ICAL.Timezone;
      try {
        source = new ICAL.Timezone(new ICAL.Component(ICAL.parse(componentText(component))));
      } catch (error) {
        const reason = (error as Error).message;
        throw new IcsParseError("malformed", `VTIMEZONE ${tzid} cannot be read: ${reason}`, component.line);
      }
      // A VTIMEZONE changes by yearly rules, months apart, so weekly samples find every change.
      const offsetAt = (at: number) => ICAL.Time.fromJSDate(new Date(at), true).convertToZone(source).utcOffset() / 60;
      zone = new ZoneOffsets(offsetAt, 7 * dayMs);
      this.customZones.set(tzid, zone);
    }
    return zone;
  }

  /** The instant of a wall-clock time written with a TZID (or none). Date-only values start at local midnight. */
  instant(local: number, time: Pick<IcsTime, "utc" | "tzid" | "dateOnly">): number {
    if (time.utc) return local;
    if (time.dateOnly || !time.tzid) return toInstant(this.ownerZone, local);
    const iana = this.ianaZone(time.tzid);
    if (iana) return toInstant(iana, local);
    const zone = this.customZone(time.tzid);
    if (zone) return zone.toInstant(local);
    this.unknownZones.add(time.tzid);
    return toInstant(this.ownerZone, local);
  }
}
