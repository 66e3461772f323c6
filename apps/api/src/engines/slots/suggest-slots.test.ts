import { describe, expect, it } from "vitest";
import { at, candidate, interviewer, localText, panelInput, weekdays } from "./slot-fixtures";
import type { BusyInterval } from "./slot-types";
import { suggestSlots } from "./suggest-slots";
import { validateRequestedSlot } from "./validate-requested-slot";

const sortedStarts = (slots: { start: string }[]) =>
  slots.map((s) => s.start).sort((a, b) => Date.parse(a) - Date.parse(b));

describe("DST changes", () => {
  const hourly = ["09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"];
  for (const [zone, from, to, change] of [
    ["America/New_York", "2026-03-02", "2026-03-14", "spring forward"],
    ["America/New_York", "2026-10-26", "2026-11-07", "fall back"],
    ["Europe/London", "2026-03-23", "2026-04-04", "spring forward"],
    ["Europe/London", "2026-10-19", "2026-10-31", "fall back"],
  ] as const) {
    it(`${zone} ${change}: each weekday starts at 09:00 local, ends by 17:00, and every slot can be booked`, () => {
      const host = interviewer("host", zone);
      const input = panelInput([host, candidate("Asia/Tokyo")], {
        windowStart: at(`${from}T00:00`, zone),
        windowEnd: at(`${to}T00:00`, zone),
        stepMinutes: 60,
        candidateTimeZone: "Asia/Tokyo",
      });
      const { slots } = suggestSlots(input);
      const local = sortedStarts(slots).map((s) => localText(s, zone));
      const days = [...new Set(local.map((s) => s.slice(0, 10)))];
      expect(days).toHaveLength(10);
      for (const day of days) {
        expect(local.filter((s) => s.startsWith(day)).map((s) => s.slice(11))).toEqual(hourly);
      }
      for (const slot of slots) {
        expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(3_600_000);
        expect(slot.start).toMatch(/\+09:00$/);
        expect(validateRequestedSlot(input, Date.parse(slot.start)).valid).toBe(true);
      }
    });
  }

  it("a night shift across the spring-forward gap starts at 03:00 (02:30 does not exist) and keeps true hours", () => {
    const zone = "America/New_York";
    const host = interviewer("host", zone, { workingHours: { sun: [{ start: "02:30", end: "05:00" }] } });
    const { slots } = suggestSlots(
      panelInput([host], { windowStart: at("2026-03-08T00:00", zone), windowEnd: at("2026-03-09T00:00", zone) }),
    );
    // 02:30 EST does not exist; the day's hours begin at 03:30 EDT, leaving 90 real minutes.
    expect(sortedStarts(slots).map((s) => localText(s, zone))).toEqual(["2026-03-08T03:30", "2026-03-08T04:00"]);
  });

  it("a start at the repeated 01:30 of the fall-back night is the earlier one", () => {
    const zone = "America/New_York";
    const host = interviewer("host", zone, { workingHours: { sun: [{ start: "01:30", end: "03:00" }] } });
    const { slots } = suggestSlots(
      panelInput([host], { windowStart: at("2026-11-01T00:00", zone), windowEnd: at("2026-11-02T00:00", zone) }),
    );
    const starts = sortedStarts(slots);
    // 01:30 EDT (05:30Z) to 03:00 EST (08:00Z) is 2.5 real hours.
    expect(starts[0]).toBe("2026-11-01T05:30:00Z");
    expect(starts.at(-1)).toBe("2026-11-01T07:00:00Z");
  });
});

describe("non-whole-hour offsets", () => {
  it("a host in Asia/Kolkata working 07:30–12:00 offers 08:00, 09:00, 10:00, 11:00; viewers see the same instants", () => {
    const zone = "Asia/Kolkata";
    const host = interviewer("host", zone, { workingHours: weekdays({ start: "07:30", end: "12:00" }) });
    const viewed = ["Asia/Kathmandu", "America/St_Johns"].map((viewer) => {
      const { slots } = suggestSlots(
        panelInput([host, candidate(viewer)], {
          windowStart: at("2026-03-10T00:00", zone),
          windowEnd: at("2026-03-11T00:00", zone),
          stepMinutes: 60,
          candidateTimeZone: viewer,
        }),
      );
      return sortedStarts(slots);
    });
    const [kathmandu, stJohns] = viewed as [string[], string[]];
    expect(kathmandu.map((s) => localText(s, zone).slice(11))).toEqual(["08:00", "09:00", "10:00", "11:00"]);
    expect(kathmandu).toEqual([
      "2026-03-10T08:15:00+05:45",
      "2026-03-10T09:15:00+05:45",
      "2026-03-10T10:15:00+05:45",
      "2026-03-10T11:15:00+05:45",
    ]);
    expect(stJohns[0]).toBe("2026-03-10T00:00:00-02:30");
    expect(stJohns.map(Date.parse)).toEqual(kathmandu.map(Date.parse));
  });
});

describe("buffers", () => {
  const zone = "Europe/Berlin";
  const day = (time: string) => at(`2026-03-10T${time}`, zone);
  const host = interviewer("host", zone, { workingHours: weekdays({ start: "12:00", end: "16:00" }) });
  const busy = (start: string, end: string): BusyInterval => ({
    participantId: "host",
    start: day(start),
    end: day(end),
    source: "calendar",
  });

  it("a 15-min before-buffer after a 12:50–13:50 booking with a 5-min step: first 14:05, last 15:00", () => {
    const { slots } = suggestSlots(
      panelInput(
        [host],
        { windowStart: day("00:00"), windowEnd: day("23:59"), stepMinutes: 5, bufferBeforeMinutes: 15 },
        { busy: [busy("12:50", "13:50")] },
      ),
    );
    const starts = sortedStarts(slots).map((s) => localText(s, zone).slice(11));
    expect(starts[0]).toBe("14:05");
    expect(starts.at(-1)).toBe("15:00");
    expect(starts).toHaveLength(12);
    expect(Math.max(...slots.map((s) => Date.parse(s.end)))).toBe(day("16:00"));
  });

  it("busy time just outside the window still counts for buffers; a slot may end exactly at the window's end", () => {
    const { slots } = suggestSlots(
      panelInput(
        [host],
        { windowStart: day("13:00"), windowEnd: day("15:00"), stepMinutes: 5, bufferBeforeMinutes: 15 },
        { busy: [busy("12:30", "12:55")] },
      ),
    );
    const starts = sortedStarts(slots).map((s) => localText(s, zone).slice(11));
    expect([starts[0], starts.at(-1)]).toEqual(["13:10", "14:00"]);
  });

  it("buffers keep distance from busy time, not from the edges of working hours", () => {
    const input = (events: BusyInterval[]) =>
      panelInput(
        [host],
        {
          windowStart: day("00:00"),
          windowEnd: day("23:59"),
          stepMinutes: 5,
          bufferBeforeMinutes: 15,
          bufferAfterMinutes: 10,
        },
        { busy: events },
      );
    const free = sortedStarts(suggestSlots(input([])).slots).map((s) => localText(s, zone).slice(11));
    expect([free[0], free.at(-1)]).toEqual(["12:00", "15:00"]);
    const edged = sortedStarts(suggestSlots(input([busy("11:00", "11:55"), busy("16:05", "17:00")])).slots);
    // 11:55 + 15 min before-buffer = 12:10; 16:05 − 10 min after-buffer = 15:55, so the last start is 14:55.
    expect([edged[0], edged.at(-1)].map((s) => localText(s!, zone).slice(11))).toEqual(["12:10", "14:55"]);
  });
});

describe("interviewer load", () => {
  it("an interviewer at a 2-per-day cap is never offered that day, and the reason names the limit", () => {
    const zone = "America/Chicago";
    const priya = interviewer("priya", zone, { limits: { maxPerDay: 2 } });
    const interviews: BusyInterval[] = ["09:00", "11:00"].map((time) => ({
      participantId: "priya",
      start: at(`2026-03-10T${time}`, zone),
      end: at(`2026-03-10T${time}`, zone) + 1_800_000,
      source: "interview",
    }));
    const week = suggestSlots(
      panelInput(
        [priya],
        { windowStart: at("2026-03-09T00:00", zone), windowEnd: at("2026-03-14T00:00", zone) },
        { busy: interviews },
      ),
    );
    const days = new Set(week.slots.map((s) => localText(s.start, zone).slice(0, 10)));
    expect([...days].sort()).toEqual(["2026-03-09", "2026-03-11", "2026-03-12", "2026-03-13"]);

    const tuesday = suggestSlots(
      panelInput(
        [priya],
        { windowStart: at("2026-03-10T00:00", zone), windowEnd: at("2026-03-11T00:00", zone) },
        { busy: interviews },
      ),
    );
    expect(tuesday.slots).toEqual([]);
    expect(tuesday.noSlotReasons).toEqual([
      { code: "load-limit", participantId: "priya", message: "Priya is at the 2-per-day limit on Tue 10 Mar" },
    ]);
  });

  it("a weekly hours cap is counted in the interviewer's own week", () => {
    // Mon 9 Mar 08:00 in Tokyo is Sun 8 Mar 23:00 UTC: the same two hours fall in Tokyo's new week but UTC's old one.
    const input = (zone: string) => {
      const person = interviewer("kenji", zone, {
        workingHours: weekdays({ start: "00:00", end: "24:00" }),
        limits: { maxMinutesPerWeek: 120 },
      });
      const start = at("2026-03-09T08:00", "Asia/Tokyo");
      return panelInput(
        [person],
        { windowStart: at("2026-03-10T00:00", "UTC"), windowEnd: at("2026-03-12T00:00", "UTC") },
        { busy: [{ participantId: "kenji", start, end: start + 7_200_000, source: "interview" }] },
      );
    };
    const tokyo = suggestSlots(input("Asia/Tokyo"));
    expect(tokyo.slots).toEqual([]);
    expect(tokyo.noSlotReasons[0]?.message).toMatch(/^Kenji is at the 2 h-per-week limit on Tue 10 Mar, Wed 11 Mar/);
    expect(suggestSlots(input("UTC")).slots.length).toBeGreaterThan(0);
  });

  it("a k-of-n pool picks the least loaded free interviewers", () => {
    const zone = "UTC";
    const pool = ["ana", "ben", "cho", "dev"].map((id) => interviewer(id, zone));
    const booked = (id: string, count: number): BusyInterval[] =>
      Array.from({ length: count }, (_, i) => ({
        participantId: id,
        start: at(`2026-03-09T0${i}:00`, zone),
        end: at(`2026-03-09T0${i}:30`, zone),
        source: "interview",
      }));
    const { slots } = suggestSlots({
      ...panelInput(pool, { windowStart: at("2026-03-10T09:00", zone), windowEnd: at("2026-03-10T12:00", zone) }),
      busy: [...booked("ana", 3), ...booked("ben", 1), ...booked("cho", 4), ...booked("dev", 2)],
      request: {
        ...panelInput(pool, { windowStart: at("2026-03-10T09:00", zone), windowEnd: at("2026-03-10T12:00", zone) })
          .request,
        sessions: [{ durationMinutes: 60, panel: { kind: "pool", interviewerIds: pool.map((p) => p.id), count: 2 } }],
      },
    });
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) expect(slot.interviewers).toEqual(["ben", "dev"]);
    expect(slots[0]!.reasons).toContain("Ben and Dev, the least loaded free of 4 qualified");
  });
});

describe("ranking and reasons", () => {
  it("prefers the candidate's morning, says why, and ranks sooner first among equals", () => {
    const zone = "Europe/Paris";
    const host = interviewer("host", zone, { workingHours: weekdays({ start: "08:00", end: "18:00" }) });
    const { slots } = suggestSlots(
      panelInput([host, candidate(zone)], {
        windowStart: at("2026-03-10T00:00", zone),
        windowEnd: at("2026-03-12T00:00", zone),
        stepMinutes: 60,
        candidateTimeZone: zone,
      }),
    );
    expect(localText(slots[0]!.start, zone)).toBe("2026-03-10T09:00");
    expect(slots[0]!.reasons).toEqual([
      "Inside the working hours of everyone required",
      "09:00 on Tue 10 Mar for the candidate (Europe/Paris): morning",
      "Interviews already this week: Host 0",
      "Leaves no unusable gaps",
      "Within a day of the earliest possible time",
    ]);
    const scores = slots.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const evening = slots.find((s) => localText(s.start, zone).endsWith("17:00"))!;
    expect(evening.score).toBeLessThan(slots[0]!.score);
  });

  it("honours preferred hours and no-meeting blocks", () => {
    const zone = "UTC";
    const host = interviewer("host", zone, {
      preferences: {
        preferredHours: weekdays({ start: "14:00", end: "17:00" }),
        noMeetingBlocks: weekdays({ start: "12:00", end: "14:00" }),
      },
    });
    const { slots } = suggestSlots(
      panelInput(
        [host, candidate(zone, { preferences: { preferredHours: weekdays({ start: "14:00", end: "18:00" }) } })],
        {
          windowStart: at("2026-03-10T00:00", zone),
          windowEnd: at("2026-03-11T00:00", zone),
          stepMinutes: 60,
        },
      ),
    );
    const starts = sortedStarts(slots).map((s) => localText(s, zone).slice(11));
    expect(starts).toEqual(["09:00", "10:00", "11:00", "14:00", "15:00", "16:00"]);
    expect(localText(slots[0]!.start, zone).slice(11)).toBe("14:00");
    expect(slots[0]!.reasons).toContain("Inside the preferred hours of Host");
  });
});

describe("no slot", () => {
  const zone = "UTC";
  const base = { windowStart: at("2026-03-10T09:00", zone), windowEnd: at("2026-03-10T09:45", zone) };

  it("says the window is shorter than the interview", () => {
    const result = suggestSlots(panelInput([interviewer("host", zone)], base));
    expect(result.noSlotReasons).toEqual([
      { code: "window-too-short", message: "The window is shorter than the 1 h interview" },
    ]);
  });

  it("names who is busy and when nobody is free together", () => {
    const window = { windowStart: at("2026-03-10T00:00", zone), windowEnd: at("2026-03-11T00:00", zone) };
    const sam = interviewer("sam", zone, { workingHours: weekdays({ start: "09:00", end: "12:00" }) });
    const lee = interviewer("lee", zone, { workingHours: weekdays({ start: "13:00", end: "17:00" }) });
    expect(suggestSlots(panelInput([sam, lee], window)).noSlotReasons).toEqual([
      { code: "no-common-time", message: "There is no 1 h when all required participants are free together" },
    ]);
    const busy: BusyInterval[] = [
      { participantId: "sam", start: window.windowStart, end: window.windowEnd, source: "calendar" },
    ];
    expect(suggestSlots(panelInput([sam], window, { busy })).noSlotReasons[0]).toMatchObject({
      code: "fully-busy",
      participantId: "sam",
    });
  });
});
