import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { readBusyIntervals } from "./ics-import";
import { escapeText, foldLine, unescapeText } from "./ics-text";
import { type IcsEvent, writeFeed, writeInvite } from "./ics-write";

const start = Date.UTC(2026, 2, 10, 8, 30);
const interview: IcsEvent = {
  uid: "interview-7f3a@hirefolio",
  sequence: 0,
  start,
  end: start + 45 * 60_000,
  summary: "Interview: Backend Engineer; round 2, with Ana & Ben",
  description:
    "Agenda:\n1. System design, 30 min\n2. Q&A \\ wrap-up\nBring: laptop; charger — ünïcödé ✓ 日本語 text that is long enough to fold",
  location: "Room 4, Floor 2; Berlin",
  url: "https://meet.example.com/abc-defg-hij?pwd=x;y",
  organizer: { email: "recruiter@example.com", name: "Rae Recruiter" },
  attendees: [
    { email: "cand@example.com", name: 'Doe, Jane: "JD"', partstat: "NEEDS-ACTION", rsvp: true },
    { email: "ana@example.com", name: "Ana", role: "REQ-PARTICIPANT", partstat: "ACCEPTED" },
  ],
};
const dtstamp = Date.UTC(2026, 2, 1, 12);

describe("text rules", () => {
  it("escapes and unescapes commas, semicolons, backslashes and newlines", () => {
    const text = "a,b;c\\d\ne\r\nf";
    expect(escapeText(text)).toBe("a\\,b\\;c\\\\d\\ne\\nf");
    expect(unescapeText(escapeText(text))).toBe("a,b;c\\d\ne\nf");
  });

  it("folds at 75 octets without splitting a UTF-8 character", () => {
    const line = `DESCRIPTION:${"日本語".repeat(30)}`;
    const folded = foldLine(line).split("\r\n");
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
  });
});

describe("iTIP invites", () => {
  const request = writeInvite("REQUEST", interview, dtstamp);

  it("writes METHOD, UID, SEQUENCE, DTSTAMP, UTC times, organizer and attendees with CRLF and folding", () => {
    const lines = request.split("\r\n");
    expect(request.endsWith("\r\n")).toBe(true);
    expect(lines).toContain("METHOD:REQUEST");
    expect(lines).toContain("UID:interview-7f3a@hirefolio");
    expect(lines).toContain("SEQUENCE:0");
    expect(lines).toContain("DTSTAMP:20260301T120000Z");
    expect(lines).toContain("DTSTART:20260310T083000Z");
    expect(lines).toContain("DTEND:20260310T091500Z");
    expect(lines).toContain("STATUS:CONFIRMED");
    expect(lines).toContain("ORGANIZER;CN=Rae Recruiter:mailto:recruiter@example.com");
    expect(request.replace(/\r\n /g, "")).toContain(
      "ATTENDEE;CN=\"Doe, Jane: 'JD'\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cand@example.com",
    );
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("round-trips through ical.js and through our own reader", () => {
    const parsed = new ICAL.Component(ICAL.parse(request));
    expect(parsed.getFirstPropertyValue("method")).toBe("REQUEST");
    const vevent = new ICAL.Event(parsed.getFirstSubcomponent("vevent")!);
    expect(vevent.uid).toBe(interview.uid);
    expect(vevent.sequence).toBe(0);
    expect(vevent.summary).toBe(interview.summary);
    expect(vevent.description).toBe(interview.description);
    expect(vevent.location).toBe(interview.location);
    expect(vevent.component.getFirstPropertyValue("url")).toBe(interview.url);
    expect(vevent.startDate.toUnixTime() * 1000).toBe(interview.start);
    expect(vevent.endDate.toUnixTime() * 1000).toBe(interview.end);
    const attendees = vevent.attendees.map((a) => [
      a.getParameter("cn"),
      a.getParameter("partstat"),
      a.getFirstValue(),
    ]);
    expect(attendees).toEqual([
      ["Doe, Jane: 'JD'", "NEEDS-ACTION", "mailto:cand@example.com"],
      ["Ana", "ACCEPTED", "mailto:ana@example.com"],
    ]);

    const own = readBusyIntervals(request, { from: start - 86_400_000, to: start + 86_400_000, timeZone: "UTC" });
    expect(own.busy).toEqual([
      { start: interview.start, end: interview.end, uid: interview.uid, summary: interview.summary },
    ]);
  });

  it("reschedules keep the UID with a higher SEQUENCE; a cancel frees the time", () => {
    const moved = { ...interview, sequence: 1, start: start + 3_600_000, end: start + 3_600_000 + 45 * 60_000 };
    const cancel = writeInvite("CANCEL", { ...moved, sequence: 2 }, dtstamp);
    const reread = new ICAL.Event(
      new ICAL.Component(ICAL.parse(writeInvite("REQUEST", moved, dtstamp))).getFirstSubcomponent("vevent")!,
    );
    expect([reread.uid, reread.sequence]).toEqual([interview.uid, 1]);
    expect(cancel.split("\r\n")).toEqual(
      expect.arrayContaining(["METHOD:CANCEL", "SEQUENCE:2", "STATUS:CANCELLED", `UID:${interview.uid}`]),
    );
    expect(
      readBusyIntervals(cancel, { from: start - 86_400_000, to: start + 86_400_000, timeZone: "UTC" }).busy,
    ).toEqual([]);
  });
});

describe("feed", () => {
  it("publishes many events that read back identically", () => {
    const events = Array.from({ length: 50 }, (_, i) => ({
      ...interview,
      uid: `interview-${i}@hirefolio`,
      sequence: i % 3,
      start: start + i * 86_400_000,
      end: start + i * 86_400_000 + 3_600_000,
    }));
    const feed = writeFeed("Hirefolio interviews — Ana", events, dtstamp);
    expect(feed.split("\r\n")).toContain("METHOD:PUBLISH");
    const own = readBusyIntervals(feed, { from: start - 1, to: start + 60 * 86_400_000, timeZone: "UTC" });
    expect(own.busy.map((b) => [b.uid, b.start, b.end])).toEqual(events.map((e) => [e.uid, e.start, e.end]));
    const ical = new ICAL.Component(ICAL.parse(feed));
    expect(ical.getFirstPropertyValue("x-wr-calname")).toBe("Hirefolio interviews — Ana");
    expect(ical.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v).summary)).toEqual(
      events.map((e) => e.summary),
    );
  });
});
