import { escapeText, joinContentLines, paramValue } from "./ics-text";

export interface IcsPerson {
  email: string;
  name?: string;
}

export interface IcsAttendee extends IcsPerson {
  role?: "CHAIR" | "REQ-PARTICIPANT" | "OPT-PARTICIPANT";
  partstat?: "NEEDS-ACTION" | "ACCEPTED" | "DECLINED" | "TENTATIVE";
  rsvp?: boolean;
}

export interface IcsEvent {
  /** Stable for the life of the interview: reschedules and cancellation reuse it. */
  uid: string;
  /** 0 when first sent; raised on every change the attendees must see (reschedule, cancellation). */
  sequence: number;
  start: number;
  end: number;
  summary: string;
  description?: string;
  location?: string;
  /** The video link. */
  url?: string;
  organizer?: IcsPerson;
  attendees?: IcsAttendee[];
  status?: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
}

const prodId = "-//Hirefolio//Scheduling//EN";

/** UTC DATE-TIME ("20260310T083000Z"); UTC avoids shipping VTIMEZONEs and reads the same in every client. */
function utcStamp(at: number): string {
  return new Date(at)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function mailto(email: string) {
  return `mailto:${email.replace(/[\r\n]/g, "")}`;
}

function eventLines(event: IcsEvent, dtstamp: number, status: IcsEvent["status"]): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcStamp(dtstamp)}`,
    `DTSTART:${utcStamp(event.start)}`,
    `DTEND:${utcStamp(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, "")}`);
  if (event.organizer) {
    const cn = event.organizer.name ? `;CN=${paramValue(event.organizer.name)}` : "";
    lines.push(`ORGANIZER${cn}:${mailto(event.organizer.email)}`);
  }
  for (const a of event.attendees ?? []) {
    const params = [
      ...(a.name ? [`CN=${paramValue(a.name)}`] : []),
      `ROLE=${a.role ?? "REQ-PARTICIPANT"}`,
      `PARTSTAT=${a.partstat ?? "NEEDS-ACTION"}`,
      ...(a.rsvp ? ["RSVP=TRUE"] : []),
    ];
    lines.push(`ATTENDEE;${params.join(";")}:${mailto(a.email)}`);
  }
  if (status) lines.push(`STATUS:${status}`);
  lines.push("TRANSP:OPAQUE", "END:VEVENT");
  return lines;
}

/**
 * An iTIP message (RFC 5546) for a mail attachment. REQUEST invites or reschedules (same UID, higher SEQUENCE);
 * CANCEL withdraws the event and must carry a SEQUENCE above the last REQUEST's, or clients ignore it.
 */
export function writeInvite(method: "REQUEST" | "CANCEL", event: IcsEvent, dtstamp: number): string {
  const status = method === "CANCEL" ? "CANCELLED" : (event.status ?? "CONFIRMED");
  return joinContentLines([
    "BEGIN:VCALENDAR",
    `PRODID:${prodId}`,
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    `METHOD:${method}`,
    ...eventLines(event, dtstamp, status),
    "END:VCALENDAR",
  ]);
}

/** A subscribable calendar (METHOD:PUBLISH) of many events: a user's private interview feed. */
export function writeFeed(name: string, events: IcsEvent[], dtstamp: number): string {
  return joinContentLines([
    "BEGIN:VCALENDAR",
    `PRODID:${prodId}`,
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    // Asks clients to refresh hourly; most honour it (Google polls on its own schedule).
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
    ...events.flatMap((e) => eventLines(e, dtstamp, e.status)),
    "END:VCALENDAR",
  ]);
}
