import { describe, expect, it } from "vitest";
import { at, interviewer, panelInput, weekdays } from "./slot-fixtures";
import type { BusyInterval } from "./slot-types";
import { validateRequestedSlot } from "./validate-requested-slot";
import { SlotInputError } from "./validate-suggest-input";

const zone = "Asia/Kolkata";
const time = (t: string) => at(`2026-03-10T${t}`, zone);
const host = interviewer("host", zone, {
  workingHours: weekdays({ start: "09:00", end: "17:00" }),
  limits: { maxPerDay: 2 },
});
const busy: BusyInterval[] = [{ participantId: "host", start: time("12:00"), end: time("13:00"), source: "calendar" }];
const input = panelInput(
  [host],
  {
    windowStart: time("00:00"),
    windowEnd: time("23:59"),
    stepMinutes: 15,
    bufferBeforeMinutes: 15,
    minimumNoticeMinutes: 120,
  },
  { busy, now: time("08:00") },
);
const codes = (start: number) => {
  const check = validateRequestedSlot(input, start);
  return check.valid ? "valid" : check.rejections.map((r) => r.code);
};

describe("validateRequestedSlot: a forged request is refused whatever the UI offered", () => {
  it("accepts a slot the search would offer and staffs it", () => {
    const check = validateRequestedSlot(input, time("14:00"));
    expect(check).toMatchObject({ valid: true, slot: { start: "2026-03-10T08:30:00Z", interviewers: ["host"] } });
  });

  it("says why a start is refused", () => {
    expect(codes(time("13:00"))).toEqual(["inside-buffer"]);
    expect(codes(time("12:30"))).toEqual(["busy"]);
    expect(codes(time("16:30"))).toEqual(["outside-working-hours"]);
    expect(codes(time("09:00"))).toEqual(["inside-minimum-notice"]);
    expect(codes(time("14:05"))).toEqual(["off-step"]);
    expect(codes(time("23:30"))).toEqual(["outside-window"]);
  });

  it("refuses a slot over the interviewer's daily limit", () => {
    const booked: BusyInterval[] = ["09:00", "10:00"].map((t) => ({
      participantId: "host",
      start: time(t),
      end: time(t) + 1_800_000,
      source: "interview",
    }));
    const check = validateRequestedSlot({ ...input, busy: [...busy, ...booked] }, time("14:00"));
    expect(check).toEqual({
      valid: false,
      rejections: [
        { code: "over-limit", participantId: "host", message: "Host is at the 2-per-day limit on Tue 10 Mar" },
      ],
    });
  });
});

describe("input validation", () => {
  const issues = (change: (i: typeof input) => void) => {
    const copy = structuredClone(input);
    change(copy);
    try {
      validateRequestedSlot(copy, time("14:00"));
    } catch (error) {
      if (error instanceof SlotInputError) return error.issues.map((i) => i.path);
      throw error;
    }
    return [];
  };

  it("refuses windows over 90 days, durations over 8 h, an end before the start and unknown zones", () => {
    expect(issues((i) => (i.request.windowEnd = i.request.windowStart + 91 * 86_400_000))).toEqual([
      "request.windowEnd",
    ]);
    expect(issues((i) => (i.request.windowEnd = i.request.windowStart - 1))).toEqual(["request.windowEnd"]);
    expect(issues((i) => (i.request.sessions[0]!.durationMinutes = 8 * 60 + 1))).toEqual([
      "request.sessions[0].durationMinutes",
    ]);
    expect(issues((i) => (i.participants[0]!.timeZone = "Mars/Olympus_Mons"))).toEqual(["participants[0].timeZone"]);
    expect(issues((i) => (i.request.candidateTimeZone = "EST5EDT-ish"))).toEqual(["request.candidateTimeZone"]);
    expect(issues((i) => (i.participants[0]!.workingHours = { mon: [{ start: "17:00", end: "09:00" }] }))).toEqual([
      "participants[0].workingHours.mon[0]",
    ]);
  });

  it("accepts a sound input", () => {
    expect(issues(() => {})).toEqual([]);
  });
});
