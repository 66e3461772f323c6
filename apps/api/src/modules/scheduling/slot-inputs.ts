import type { DbOrTx } from "@hirefolio/db";
import type {
  BusyInterval,
  Participant,
  SessionRequest,
  SuggestInput,
  SuggestRequest,
} from "../../engines/slots/slot-types";
import { listAvailability, listProfileTimeZones } from "./availability-repo";
import { defaultAvailability } from "./availability-service";
import { type InterviewExclusion, listCalendarBusy, listInterviewBusy } from "./busy-repo";

const minuteMs = 60_000;
/** Interviews outside the window still count towards the weekly limits of the weeks it touches. */
const loadMarginMs = 8 * 86_400_000;

export interface Person {
  id: string;
  name: string;
}

/** Who an interview is for and with; resolved and authorised by the service. */
export interface Panel {
  candidate: Person;
  interviewers: Person[];
  optionalInterviewers: Person[];
  /** Any `panelCount` of the interviewers; undefined means all of them. */
  panelCount?: number;
  /** The zone the candidate reads times in; falls back to their saved zone, then UTC. */
  candidateTimeZone?: string;
}

export type SlotRules = Omit<SuggestRequest, "sessions" | "candidateTimeZone" | "alignTimeZone"> & {
  durationMinutes: number;
  /** The sessions of a loop, each with its own panel; absent means one session of durationMinutes with the panel. */
  sessions?: SessionRequest[];
};

/** From the first session's start to the last one's end, with the shortest breaks. */
export function spanMinutes(rules: Pick<SlotRules, "durationMinutes" | "sessions">) {
  if (!rules.sessions) return rules.durationMinutes;
  return rules.sessions.reduce(
    (sum, s, i) => sum + s.durationMinutes + (i > 0 ? (s.breakBefore?.minMinutes ?? 0) : 0),
    0,
  );
}

/**
 * Builds the slot engine's input from the database: every participant's saved availability (interviewers
 * without one get office hours in UTC, candidates are free at any time) and their busy time from imported
 * calendars and Hirefolio interviews. Interview buffers are passed as busy time of their own so the engine keeps
 * exactly the distance the exclusion constraint enforces.
 */
export async function loadSuggestInput(
  db: DbOrTx,
  panel: Panel,
  rules: SlotRules,
  now: Date,
  exclude?: InterviewExclusion,
): Promise<SuggestInput> {
  const people = [panel.candidate, ...panel.interviewers, ...panel.optionalInterviewers];
  const ids = people.map((p) => p.id);
  const from = new Date(rules.windowStart - loadMarginMs);
  const to = new Date(rules.windowEnd + loadMarginMs);
  const [profiles, profileZones, calendarBusy, interviewBusy] = await Promise.all([
    listAvailability(db, ids),
    listProfileTimeZones(db, ids),
    listCalendarBusy(db, ids, from, to),
    listInterviewBusy(db, ids, from, to, now, exclude),
  ]);
  const profileOf = new Map(profiles.map((p) => [p.userId, p]));
  const candidateProfile = profileOf.get(panel.candidate.id);
  const candidateTimeZone =
    panel.candidateTimeZone ?? candidateProfile?.timeZone ?? profileZones.get(panel.candidate.id) ?? "UTC";

  const participant = (person: Person, role: Participant["role"], required: boolean): Participant => {
    const unsaved =
      role === "interviewer" ? { ...defaultAvailability, timeZone: profileZones.get(person.id) ?? "UTC" } : undefined;
    const profile = profileOf.get(person.id) ?? unsaved;
    const base = { id: person.id, name: person.name, role, attendance: required ? "required" : "optional" } as const;
    if (!profile) return { ...base, timeZone: candidateTimeZone };
    return {
      ...base,
      timeZone: profile.timeZone,
      workingHours: profile.weeklyHours,
      dateOverrides: profile.dateOverrides,
      outOfOffice: profile.outOfOffice.map((o) => ({ start: Date.parse(o.start), end: Date.parse(o.end) })),
      preferences: profile.preferences,
      limits: profile.limits,
    };
  };

  const busy: BusyInterval[] = calendarBusy.map((b) => ({
    participantId: b.userId,
    start: b.startAt.getTime(),
    end: b.endAt.getTime(),
    source: "calendar",
  }));
  for (const b of interviewBusy) {
    const start = b.startAt.getTime();
    const end = b.endAt.getTime();
    busy.push({ participantId: b.userId, start, end, source: b.status === "confirmed" ? "interview" : "hold" });
    if (b.bufferBeforeMinutes > 0) {
      busy.push({
        participantId: b.userId,
        start: start - b.bufferBeforeMinutes * minuteMs,
        end: start,
        source: "hold",
      });
    }
    if (b.bufferAfterMinutes > 0) {
      busy.push({ participantId: b.userId, start: end, end: end + b.bufferAfterMinutes * minuteMs, source: "hold" });
    }
  }

  const interviewerIds = panel.interviewers.map((p) => p.id);
  const { durationMinutes, sessions, ...request } = rules;
  return {
    participants: [
      participant(panel.candidate, "candidate", true),
      ...panel.interviewers.map((p) => participant(p, "interviewer", true)),
      ...panel.optionalInterviewers.map((p) => participant(p, "interviewer", false)),
    ],
    busy,
    request: {
      ...request,
      sessions: sessions ?? [
        {
          durationMinutes,
          panel:
            panel.panelCount === undefined
              ? { kind: "all", interviewerIds }
              : { kind: "pool", interviewerIds, count: panel.panelCount },
        },
      ],
      candidateTimeZone,
    },
    now: now.getTime(),
  };
}
