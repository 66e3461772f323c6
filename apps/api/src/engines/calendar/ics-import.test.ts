import { describe, expect, it } from "vitest";
import { at, interviewer, localText, panelInput, seededRandom } from "../slots/slot-fixtures";
import { suggestSlots } from "../slots/suggest-slots";
import { outlookWestEuropeVtimezone } from "./calendar-fixtures";
import { IcsParseError } from "./ics-error";
import { readBusyIntervals } from "./ics-import";

const calendar = (...lines: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", ...lines, "END:VCALENDAR"].join("\r\n");
const event = (...lines: string[]) => ["BEGIN:VEVENT", ...lines, "END:VEVENT"];

const zone = "America/New_York";
const window = { from: at("2026-03-01T00:00", zone), to: at("2026-04-01T00:00", zone), timeZone: zone };
const local = (busy: { start: number; end: number }[], z = zone) =>
  busy.map((b) => `${localText(b.start, z)}–${localText(b.end, z).slice(11)}`);

describe("recurring events", () => {
  const series = calendar(
    ...event(
      "UID:standup",
      "SUMMARY:Standup",
      "DTSTART;TZID=America/New_York:20260302T090000",
      "DTEND;TZID=America/New_York:20260302T093000",
      "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260318T140000Z",
      "EXDATE;TZID=America/New_York:20260304T090000",
    ),
    ...event(
      "UID:standup",
      "SUMMARY:Standup (moved)",
      "RECURRENCE-ID;TZID=America/New_York:20260311T090000",
      "DTSTART;TZID=America/New_York:20260311T150000",
      "DTEND;TZID=America/New_York:20260311T153000",
    ),
  );

  it("blocks every occurrence in range at 09:00 local across the DST change, keeps EXDATE free, moves the override", () => {
    const { busy } = readBusyIntervals(series, window);
    expect(local(busy)).toEqual([
      "2026-03-02T09:00–09:30",
      "2026-03-09T09:00–09:30",
      "2026-03-11T15:00–15:30",
      "2026-03-16T09:00–09:30",
      "2026-03-18T09:00–09:30",
    ]);
    expect(busy[2]).toMatchObject({ uid: "standup", summary: "Standup (moved)" });
  });

  it("expands only as far as the window, and from a start years back", () => {
    const old = calendar(
      ...event("UID:daily", "DTSTART:20100104T150000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY"),
      ...event("UID:monthly", "DTSTART;VALUE=DATE:20150110", "RRULE:FREQ=MONTHLY;BYMONTHDAY=10"),
    );
    const { busy } = readBusyIntervals(old, { from: Date.UTC(2026, 2, 9), to: Date.UTC(2026, 2, 12), timeZone: "UTC" });
    expect(local(busy, "UTC")).toEqual([
      "2026-03-09T15:00–16:00",
      "2026-03-10T00:00–00:00",
      "2026-03-10T15:00–16:00",
      "2026-03-11T15:00–16:00",
    ]);
  });

  it("a cancelled override frees its instance; RDATE adds one; COUNT ends the series", () => {
    const text = calendar(
      ...event(
        "UID:s",
        "DTSTART:20260302T140000Z",
        "DTEND:20260302T150000Z",
        "RRULE:FREQ=DAILY;COUNT=3",
        "RDATE:20260310T180000Z",
      ),
      ...event(
        "UID:s",
        "RECURRENCE-ID:20260303T140000Z",
        "DTSTART:20260303T140000Z",
        "DTEND:20260303T150000Z",
        "STATUS:CANCELLED",
      ),
    );
    expect(local(readBusyIntervals(text, { ...window, timeZone: "UTC" }).busy, "UTC")).toEqual([
      "2026-03-02T14:00–15:00",
      "2026-03-04T14:00–15:00",
      "2026-03-10T18:00–19:00",
    ]);
  });
});

describe("zones", () => {
  it("reads an Outlook TZID through its VTIMEZONE and floating times in the owner's zone", () => {
    const text = calendar(
      ...outlookWestEuropeVtimezone,
      ...event(
        "UID:a",
        'DTSTART;TZID="W. Europe Standard Time":20260310T100000',
        'DTEND;TZID="W. Europe Standard Time":20260310T110000',
      ),
      ...event(
        "UID:b",
        "DTSTART;TZID=W. Europe Standard Time:20260330T100000",
        "DTEND;TZID=W. Europe Standard Time:20260330T110000",
      ),
      ...event("UID:c", "DTSTART:20260312T100000", "DTEND:20260312T110000"),
    );
    const { busy, warnings } = readBusyIntervals(text, window);
    expect(busy.map((b) => new Date(b.start).toISOString())).toEqual([
      "2026-03-10T09:00:00.000Z",
      "2026-03-12T14:00:00.000Z",
      "2026-03-30T08:00:00.000Z",
    ]);
    expect(warnings).toEqual([]);
  });

  it("an all-day out-of-office on Friday blocks only Friday in the host's own zone", () => {
    const tokyo = "Asia/Tokyo";
    const text = calendar(
      ...event("UID:ooo", "SUMMARY:Out of office", "DTSTART;VALUE=DATE:20260313", "DTEND;VALUE=DATE:20260314"),
    );
    const range = { from: at("2026-03-09T00:00", tokyo), to: at("2026-03-17T00:00", tokyo), timeZone: tokyo };
    const { busy } = readBusyIntervals(text, range);
    expect(busy).toEqual([
      {
        start: at("2026-03-13T00:00", tokyo),
        end: at("2026-03-14T00:00", tokyo),
        uid: "ooo",
        summary: "Out of office",
      },
    ]);
    const host = interviewer("host", tokyo);
    const { slots } = suggestSlots(
      panelInput(
        [host],
        { windowStart: range.from, windowEnd: range.to, stepMinutes: 60 },
        {
          busy: busy.map((b) => ({ participantId: "host", start: b.start, end: b.end, source: "calendar" })),
        },
      ),
    );
    const days = [...new Set(slots.map((s) => localText(s.start, tokyo).slice(0, 10)))].sort();
    expect(days).toEqual(["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-16"]);
  });
});

describe("what does not block", () => {
  it("ignores transparent and cancelled events and FREE periods; FREEBUSY without FBTYPE is busy", () => {
    const text = calendar(
      ...event("UID:t", "DTSTART:20260310T140000Z", "DTEND:20260310T150000Z", "TRANSP:TRANSPARENT"),
      ...event("UID:c", "DTSTART:20260310T160000Z", "DTEND:20260310T170000Z", "STATUS:CANCELLED"),
      ...event("UID:o", "DTSTART:20260310T180000Z", "DTEND:20260310T190000Z", "TRANSP:OPAQUE"),
      ...event("UID:n", "DTSTART:20260310T200000Z"),
      "BEGIN:VFREEBUSY",
      "DTSTART:20260311T000000Z",
      "DTEND:20260312T000000Z",
      "FREEBUSY;FBTYPE=FREE:20260311T090000Z/20260311T100000Z",
      "FREEBUSY:20260311T100000Z/PT30M,20260311T120000Z/20260311T130000Z",
      "FREEBUSY;FBTYPE=BUSY-TENTATIVE:20260311T150000Z/20260311T160000Z",
      "END:VFREEBUSY",
    );
    expect(local(readBusyIntervals(text, { ...window, timeZone: "UTC" }).busy, "UTC")).toEqual([
      "2026-03-10T18:00–19:00",
      "2026-03-11T10:00–10:30",
      "2026-03-11T12:00–13:00",
      "2026-03-11T15:00–16:00",
    ]);
  });
});

describe("malformed or oversized input", () => {
  const refusal = (text: string, options = {}) => {
    try {
      readBusyIntervals(text, { ...window, ...options });
    } catch (error) {
      expect(error).toBeInstanceOf(IcsParseError);
      const e = error as IcsParseError;
      return { code: e.code, line: e.line, message: e.message };
    }
    throw new Error("accepted");
  };

  it("names the line of the problem", () => {
    expect(refusal(calendar(...event("UID:a", "DTSTART 20260310T140000Z")))).toMatchObject({
      code: "malformed",
      line: 6,
    });
    expect(refusal(calendar(...event("UID:a", "DTSTART:20261310T140000Z")))).toMatchObject({
      line: 6,
      message: 'line 6: "20261310T140000Z" is not a DATE or DATE-TIME',
    });
    expect(
      refusal(calendar(...event("UID:a", "DTSTART:20260310T140000Z", "RRULE:FREQ=SOMETIMES", "DURATION:PT1H"))),
    ).toMatchObject({
      code: "malformed",
      line: 7,
    });
    expect(refusal(calendar("BEGIN:VEVENT", "UID:a"))).toMatchObject({
      message: "line 6: END:VCALENDAR does not close BEGIN:VEVENT",
    });
    expect(refusal(calendar(...event("UID:a")))).toMatchObject({ message: "line 4: VEVENT without DTSTART" });
    expect(refusal("hello")).toMatchObject({ code: "malformed", line: 1 });
    expect(refusal("")).toMatchObject({ code: "malformed" });
  });

  it("enforces the byte, event and occurrence limits", () => {
    const many = calendar(
      ...Array.from({ length: 3 }, (_, i) => event(`UID:${i}`, "DTSTART:20260310T140000Z", "DURATION:PT1H")).flat(),
    );
    expect(refusal(many, { maxBytes: 100 })).toMatchObject({ code: "too-large" });
    expect(refusal(many, { maxEvents: 2 })).toMatchObject({ code: "too-many-events", line: 14 });
    const daily = calendar(...event("UID:d", "DTSTART:20260301T140000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY"));
    expect(refusal(daily, { maxOccurrences: 10 })).toMatchObject({ code: "too-many-occurrences" });
  });
});

describe("fuzzed input", () => {
  it("either reads or refuses with an IcsParseError, never anything else", () => {
    const base = calendar(
      ...event(
        "UID:f",
        "DTSTART;TZID=Europe/Berlin:20260302T090000",
        "DTEND;TZID=Europe/Berlin:20260302T100000",
        "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260330T000000Z",
        "EXDATE;TZID=Europe/Berlin:20260305T090000",
      ),
      ...event(
        "UID:f",
        "RECURRENCE-ID;TZID=Europe/Berlin:20260309T090000",
        "DTSTART:20260309T150000Z",
        "DURATION:PT1H",
      ),
      ...event("UID:g", "DTSTART;VALUE=DATE:20260313", "RRULE:FREQ=MONTHLY;BYDAY=2FR;COUNT=3"),
      "BEGIN:VFREEBUSY",
      "FREEBUSY;FBTYPE=BUSY:20260311T100000Z/PT30M",
      "END:VFREEBUSY",
    );
    const random = seededRandom(99);
    const alphabet = ':;=,/\\\r\n "TZPDWMOFREQ0123456789-+';
    let refused = 0;
    for (let i = 0; i < 500; i++) {
      const chars = [...base];
      for (let edits = 1 + Math.floor(random() * 4); edits > 0; edits--) {
        const at = Math.floor(random() * chars.length);
        if (random() < 0.5) chars.splice(at, 1 + Math.floor(random() * 5));
        else chars.splice(at, 0, alphabet[Math.floor(random() * alphabet.length)]!);
      }
      try {
        readBusyIntervals(chars.join(""), window);
      } catch (error) {
        expect(error).toBeInstanceOf(IcsParseError);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(50);
  });
});
