import { firstEndingAfter, type Interval, intersectIntervals, minuteMs } from "./intervals";
import { buildAvailability, type ParticipantAvailability } from "./participant-availability";
import type { Participant, SessionRequest, SuggestInput } from "./slot-types";
import { toLocal } from "./zone-time";

/** One session of the request, prepared for the search. */
export interface SessionPlan {
  index: number;
  session: SessionRequest;
  durationMs: number;
  minBreakMs: number;
  maxBreakMs: number;
  /** The candidate and every all-of interviewer: all must attend. */
  required: ParticipantAvailability[];
  pool: ParticipantAvailability[];
  poolCount: number;
  /** Time when every required participant is free for this session's length. */
  commonFree: Interval[];
}

export interface SearchContext {
  input: SuggestInput;
  /** [earliest allowed start, window end]: the window after the minimum notice. */
  range: Interval;
  availability: Map<string, ParticipantAvailability>;
  candidate?: ParticipantAvailability;
  optional: ParticipantAvailability[];
  sessions: SessionPlan[];
  stepMs: number;
  alignZone: string;
  /** Starts fall on multiples of this on the align zone's clock. */
  grainMs: number;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * With a step that divides an hour (5, 15, 30, 60) starts land on the clock's multiples of it (08:00, 08:15 …);
 * with a longer whole-hour step, on the hour; otherwise on the common divisor with an hour (45 → quarter hours).
 */
function alignmentGrain(stepMinutes: number): number {
  if (60 % stepMinutes === 0) return stepMinutes;
  return stepMinutes % 60 === 0 ? 60 : gcd(stepMinutes, 60);
}

export function buildSearchContext(input: SuggestInput): SearchContext {
  const { participants, busy, request, now } = input;
  const range = {
    start: Math.max(request.windowStart, now + request.minimumNoticeMinutes * minuteMs),
    end: request.windowEnd,
  };
  const busyByParticipant = new Map<string, SuggestInput["busy"]>();
  for (const b of busy) {
    const list = busyByParticipant.get(b.participantId);
    if (list) list.push(b);
    else busyByParticipant.set(b.participantId, [b]);
  }
  const availability = new Map(
    participants.map((p) => [p.id, buildAvailability(p, busyByParticipant.get(p.id) ?? [], request, range)]),
  );
  const of = (p: Participant) => availability.get(p.id)!;
  const candidateParticipant = participants.find((p) => p.role === "candidate");
  const candidate = candidateParticipant && of(candidateParticipant);
  const firstInterviewer = participants.find((p) => p.role === "interviewer");

  const sessions = request.sessions.map((session, index): SessionPlan => {
    const durationMinutes = session.durationMinutes;
    const ids = session.panel.interviewerIds;
    const members = ids.map((id) => availability.get(id)!);
    const required = [...(candidate ? [candidate] : []), ...(session.panel.kind === "all" ? members : [])];
    const commonFree = required.reduce(
      (common, a) => intersectIntervals(common, a.freeFor(durationMinutes)),
      range.end > range.start ? [range] : [],
    );
    const minBreak = session.breakBefore?.minMinutes ?? 0;
    return {
      index,
      session,
      durationMs: durationMinutes * minuteMs,
      minBreakMs: minBreak * minuteMs,
      maxBreakMs: (session.breakBefore?.maxMinutes ?? minBreak) * minuteMs,
      required,
      pool: session.panel.kind === "pool" ? members : [],
      poolCount: session.panel.kind === "pool" ? session.panel.count : 0,
      commonFree,
    };
  });

  return {
    input,
    range,
    availability,
    candidate,
    optional: participants.filter((p) => p.attendance === "optional").map(of),
    sessions,
    stepMs: request.stepMinutes * minuteMs,
    alignZone: request.alignTimeZone ?? firstInterviewer?.timeZone ?? request.candidateTimeZone,
    grainMs: alignmentGrain(request.stepMinutes) * minuteMs,
  };
}

/** The first instant at or after `at` that sits on the alignment grain of the align zone's clock. */
function alignUp(context: SearchContext, at: number): number {
  const grain = context.grainMs;
  const rest = ((toLocal(context.alignZone, at) % grain) + grain) % grain;
  return rest === 0 ? at : at + grain - rest;
}

/** Whether a start sits on the alignment grain. */
export function isAligned(context: SearchContext, at: number): boolean {
  return alignUp(context, at) === at;
}

/**
 * Candidate starts of a session from `from` to `until` (inclusive), in time order, stepped through each stretch
 * of common free time with the whole session inside the stretch. Starts sit on the clock's grid, except that a
 * later session of a loop may start exactly at `from` (right after the previous session and its break).
 */
export function* sessionStarts(context: SearchContext, plan: SessionPlan, from: number, until: number) {
  const free = plan.commonFree;
  const exactFrom = plan.index > 0;
  for (let i = firstEndingAfter(free, from); i < free.length; i++) {
    const stretch = free[i]!;
    if (stretch.start > until) return;
    for (
      let start = exactFrom && stretch.start <= from ? from : alignUp(context, Math.max(stretch.start, from));
      start + plan.durationMs <= stretch.end && start <= until;
      start += context.stepMs
    ) {
      yield start;
    }
  }
}
