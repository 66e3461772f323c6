/**
 * Time-zone formatting for scheduling. Instants stay ISO strings; a zone is applied only when showing them,
 * so a slot reads correctly in the viewer's and the candidate's zone at once, across DST changes.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat("en-US", { timeZone, ...options });
    formatters.set(key, cached);
  }
  return cached;
}

/** "9:30 AM" in `timeZone`. */
export function formatTime(iso: string, timeZone: string): string {
  return formatter(timeZone, { hour: "numeric", minute: "2-digit" }).format(new Date(iso));
}

/** "Tue, Mar 10" in `timeZone`. */
export function formatDay(iso: string, timeZone: string): string {
  return formatter(timeZone, { weekday: "short", month: "short", day: "numeric" }).format(new Date(iso));
}

/** "Tuesday, March 10" in `timeZone`, for day headings. */
export function formatLongDay(iso: string, timeZone: string): string {
  return formatter(timeZone, { weekday: "long", month: "long", day: "numeric" }).format(new Date(iso));
}

/** "Tue, Mar 10 · 9:30 – 10:30 AM" in `timeZone`. */
export function formatRange(start: string, end: string, timeZone: string): string {
  const range = formatter(timeZone, { hour: "numeric", minute: "2-digit" }).formatRange(new Date(start), new Date(end));
  return `${formatDay(start, timeZone)} · ${range}`;
}

function zoneName(timeZone: string, at: Date, style: "short" | "long"): string {
  const part = formatter(timeZone, { timeZoneName: style })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** The zone's short name at an instant, e.g. "EST", "CET" or "GMT+5:30" where English has no abbreviation. */
export function zoneAbbreviation(timeZone: string, at: Date = new Date()): string {
  return zoneName(timeZone, at, "short");
}

/**
 * "America/New York (EST)", or "Europe/Berlin (Central European Standard Time)" where the short form would only
 * be an offset: the zone named the way people recognise it, correct for the date shown (DST).
 */
export function zoneLabel(timeZone: string, at: Date = new Date()): string {
  const short = zoneAbbreviation(timeZone, at);
  const name = short.startsWith("GMT") && short !== "GMT" ? zoneName(timeZone, at, "long") : short;
  const place = timeZone.replaceAll("_", " ");
  return name === place ? place : `${place} (${name})`;
}

const dateKeyFormatters = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date of an instant in `timeZone`, as YYYY-MM-DD, for grouping slots by day. */
export function dateKeyInZone(iso: string, timeZone: string): string {
  let cached = dateKeyFormatters.get(timeZone);
  if (!cached) {
    // en-CA writes dates as YYYY-MM-DD.
    cached = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dateKeyFormatters.set(timeZone, cached);
  }
  return cached.format(new Date(iso));
}
