import { DateTime } from "luxon";
import type { ClockRange, Participant, SuggestInput, SuggestRequest, WeeklyHours } from "./slot-types";

/** Test and bench builders for the slot engine: readable participants and requests in local wall-clock terms. */

/** Instant of a local ISO wall-clock time ("2026-03-09T09:00") in a zone. */
export function at(local: string, zone: string): number {
  return DateTime.fromISO(local, { zone }).toMillis();
}

/** The same instant as a local "YYYY-MM-DDTHH:mm" in a zone. */
export function localText(instant: number | string, zone: string): string {
  const dt = typeof instant === "string" ? DateTime.fromISO(instant) : DateTime.fromMillis(instant);
  return dt.setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm");
}

export function weekdays(...ranges: ClockRange[]): WeeklyHours {
  return { mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges };
}

export function interviewer(id: string, timeZone: string, extra: Partial<Participant> = {}): Participant {
  return {
    id,
    name: id[0]!.toUpperCase() + id.slice(1),
    role: "interviewer",
    attendance: "required",
    timeZone,
    workingHours: weekdays({ start: "09:00", end: "17:00" }),
    ...extra,
  };
}

export function candidate(timeZone: string, extra: Partial<Participant> = {}): Participant {
  return { id: "candidate", name: "Candidate", role: "candidate", attendance: "required", timeZone, ...extra };
}

export function request(extra: Partial<SuggestRequest> & Pick<SuggestRequest, "windowStart" | "windowEnd">) {
  return {
    sessions: [{ durationMinutes: 60, panel: { kind: "all", interviewerIds: [] } }],
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minimumNoticeMinutes: 0,
    stepMinutes: 30,
    candidateTimeZone: "UTC",
    maxResults: 1000,
    ...extra,
  } satisfies SuggestRequest;
}

/** A single-interview input whose panel is every required interviewer. */
export function panelInput(
  participants: Participant[],
  {
    durationMinutes = 60,
    ...req
  }: Partial<SuggestRequest> & Pick<SuggestRequest, "windowStart" | "windowEnd"> & { durationMinutes?: number },
  extra: Partial<SuggestInput> = {},
): SuggestInput {
  const interviewerIds = participants
    .filter((p) => p.role === "interviewer" && p.attendance === "required")
    .map((p) => p.id);
  return {
    participants,
    busy: [],
    now: req.windowStart,
    ...extra,
    request: request({ sessions: [{ durationMinutes, panel: { kind: "all", interviewerIds } }], ...req }),
  };
}

/** Deterministic PRNG (mulberry32) for generated test and bench data. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
