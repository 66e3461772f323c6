import { describe, expect, it } from "vitest";
import { at, candidate, interviewer, localText, request, weekdays } from "./slot-fixtures";
import type { BusyInterval, Participant, SessionRequest, SuggestInput } from "./slot-types";
import { suggestSlots } from "./suggest-slots";

const zone = "Europe/Madrid";
const pool = ["ana", "ben", "cho", "dev"];
const twoOfFour: SessionRequest["panel"] = { kind: "pool", interviewerIds: pool, count: 2 };
const loop: SessionRequest[] = [
  { durationMinutes: 45, panel: twoOfFour },
  { durationMinutes: 45, panel: twoOfFour, breakBefore: { minMinutes: 15 } },
  { durationMinutes: 45, panel: twoOfFour, breakBefore: { minMinutes: 15 } },
];
const busy = (id: string, from: string, to: string): BusyInterval => ({
  participantId: id,
  start: at(`2026-03-10T${from}`, zone),
  end: at(`2026-03-10T${to}`, zone),
  source: "calendar",
});

function loopInput(participants: Participant[], events: BusyInterval[], sessions = loop): SuggestInput {
  return {
    participants,
    busy: events,
    now: at("2026-03-09T00:00", zone),
    request: request({
      windowStart: at("2026-03-10T00:00", zone),
      windowEnd: at("2026-03-11T00:00", zone),
      sessions,
      stepMinutes: 15,
      candidateTimeZone: zone,
    }),
  };
}

const team = [...pool.map((id) => interviewer(id, zone)), candidate(zone)];
const calendars = [busy("ana", "09:00", "11:00"), busy("ben", "10:00", "12:30"), busy("cho", "13:00", "17:00")];

describe("multi-session loops", () => {
  it("three 45-min sessions with 15-min breaks, each staffed by 2 of 4 free interviewers", () => {
    const { slots } = suggestSlots(loopInput(team, calendars));
    expect(slots.length).toBeGreaterThan(10);
    for (const slot of slots) {
      expect(slot.sessions).toHaveLength(3);
      slot.sessions.forEach((session, i) => {
        expect(Date.parse(session.end) - Date.parse(session.start)).toBe(45 * 60_000);
        if (i > 0) expect(Date.parse(session.start) - Date.parse(slot.sessions[i - 1]!.end)).toBe(15 * 60_000);
        expect(session.interviewers).toHaveLength(2);
        for (const id of session.interviewers) {
          expect(pool).toContain(id);
          const clash = calendars.some(
            (b) => b.participantId === id && b.start < Date.parse(session.end) && Date.parse(session.start) < b.end,
          );
          expect(clash).toBe(false);
        }
      });
    }
  });

  it("an optional trainee joins the sessions where free and never removes a slot", () => {
    const trainee = interviewer("tia", zone, { attendance: "optional" });
    const without = suggestSlots(loopInput(team, calendars))
      .slots.map((s) => s.start)
      .sort();
    const free = suggestSlots(loopInput([...team, trainee], calendars));
    const busyTrainee = suggestSlots(loopInput([...team, trainee], [...calendars, busy("tia", "00:00", "23:59")]));
    expect(free.slots.map((s) => s.start).sort()).toEqual(without);
    expect(busyTrainee.slots.map((s) => s.start).sort()).toEqual(without);
    for (const slot of free.slots) {
      for (const session of slot.sessions) expect(session.optionalInterviewers).toEqual(["tia"]);
      expect(slot.interviewers).toContain("tia");
    }
    for (const slot of busyTrainee.slots) expect(slot.interviewers).not.toContain("tia");
  });

  it("a daily cap counts the loop's own sessions: an interviewer with 1 per day staffs one session only", () => {
    const capped = [...pool.map((id) => interviewer(id, zone, { limits: { maxPerDay: 1 } })), candidate(zone)];
    const { slots, noSlotReasons } = suggestSlots(loopInput(capped, []));
    expect(slots).toEqual([]);
    expect(noSlotReasons[0]?.code).toBe("no-common-time");
    const relaxed = capped.map((p) => (p.id === "ana" || p.id === "ben" ? { ...p, limits: { maxPerDay: 2 } } : p));
    for (const slot of suggestSlots(loopInput(relaxed, [])).slots) {
      const uses = slot.sessions.flatMap((s) => s.interviewers);
      for (const id of ["cho", "dev"]) expect(uses.filter((u) => u === id).length).toBeLessThanOrEqual(1);
    }
  });

  it("a later session follows its break exactly, off the hourly grid of the first", () => {
    const sessions: SessionRequest[] = [
      { durationMinutes: 45, panel: { kind: "all", interviewerIds: ["ana"] } },
      { durationMinutes: 45, panel: { kind: "all", interviewerIds: ["ben"] }, breakBefore: { minMinutes: 10 } },
    ];
    const input = loopInput([...team], [], sessions);
    input.request.stepMinutes = 60;
    const { slots } = suggestSlots(input);
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      expect(localText(slot.sessions[0]!.start, zone).slice(14)).toBe("00");
      expect(localText(slot.sessions[1]!.start, zone).slice(14)).toBe("55");
      expect(Date.parse(slot.sessions[1]!.start) - Date.parse(slot.sessions[0]!.end)).toBe(10 * 60_000);
    }
  });

  it("sessions may be split across days when the break allows", () => {
    const ana = interviewer("ana", zone, { workingHours: { tue: [{ start: "09:00", end: "10:00" }] } });
    const ben = interviewer("ben", zone, { workingHours: { wed: [{ start: "15:00", end: "16:00" }] } });
    const sessions: SessionRequest[] = [
      { durationMinutes: 60, panel: { kind: "all", interviewerIds: ["ana"] } },
      {
        durationMinutes: 60,
        panel: { kind: "all", interviewerIds: ["ben"] },
        breakBefore: { minMinutes: 15, maxMinutes: 2 * 24 * 60 },
      },
    ];
    const input = loopInput(
      [ana, ben, candidate(zone, { workingHours: weekdays({ start: "08:00", end: "18:00" }) })],
      [],
      sessions,
    );
    input.request.windowEnd = at("2026-03-12T00:00", zone);
    const { slots } = suggestSlots(input);
    expect(slots.map((s) => s.sessions.map((x) => `${localText(x.start, zone)} ${x.interviewers}`))).toEqual([
      ["2026-03-10T09:00 ana", "2026-03-11T15:00 ben"],
    ]);
  });
});
