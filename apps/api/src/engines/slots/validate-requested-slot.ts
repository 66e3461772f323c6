import { containingInterval, minuteMs, overlapsAny } from "./intervals";
import { addTentative, loadAt, type PlacedSession, placeSession, type TentativeLoad } from "./panel-assignment";
import { brokenLimit, type ParticipantAvailability } from "./participant-availability";
import { buildSearchContext, isAligned, type SearchContext } from "./search-context";
import type { SuggestedSlot, SuggestInput } from "./slot-types";
import { toSuggestedSlot } from "./suggest-slots";
import { validateSuggestInput } from "./validate-suggest-input";
import { describeDate } from "./zone-time";

export type SlotRejectionCode =
  | "outside-window"
  | "inside-minimum-notice"
  | "off-step"
  | "outside-working-hours"
  | "blocked"
  | "busy"
  | "inside-buffer"
  | "over-limit"
  | "panel-unavailable";

export interface SlotRejection {
  code: SlotRejectionCode;
  message: string;
  participantId?: string;
}

export type RequestedSlotCheck = { valid: true; slot: SuggestedSlot } | { valid: false; rejections: SlotRejection[] };

function participantRejection(
  a: ParticipantAvailability,
  start: number,
  end: number,
  minutes: number,
  tentative: TentativeLoad,
): SlotRejection | undefined {
  const participantId = a.participant.id;
  const name = a.participant.role === "candidate" ? "the candidate" : a.participant.name;
  if (!containingInterval(a.hours, start, end)) {
    return { code: "outside-working-hours", participantId, message: `Outside the working hours of ${name}` };
  }
  if (overlapsAny(a.blocked, start, end)) {
    return { code: "blocked", participantId, message: `${name} is out of office or in a no-meeting block` };
  }
  if (overlapsAny(a.busy, start, end)) return { code: "busy", participantId, message: `${name} is busy` };
  if (overlapsAny(a.busyWithBuffers, start, end)) {
    return { code: "inside-buffer", participantId, message: `Inside the buffer around another event of ${name}` };
  }
  const { day, dayLoad, weekLoad } = loadAt(a, start, tentative);
  const limit = brokenLimit(a.participant, dayLoad, weekLoad, minutes);
  if (limit) {
    return { code: "over-limit", participantId, message: `${name} is at the ${limit} on ${describeDate(day.date)}` };
  }
  return undefined;
}

function windowRejection(context: SearchContext, start: number, loopEnd: number): SlotRejection | undefined {
  const { request } = context.input;
  if (start < request.windowStart || loopEnd > request.windowEnd) {
    return { code: "outside-window", message: "Outside the scheduling window" };
  }
  if (start < context.range.start) {
    return { code: "inside-minimum-notice", message: `Less than ${request.minimumNoticeMinutes} min from now` };
  }
  if (!isAligned(context, start)) return { code: "off-step", message: `Not on the ${request.stepMinutes}-min grid` };
  return undefined;
}

/**
 * Checks a start someone asked for (a booking request, whatever a UI offered) against the same rules as the
 * search and says why it is refused. The sessions of a loop are laid out with their shortest breaks. On success
 * the slot is staffed the way the search would staff it.
 */
export function validateRequestedSlot(input: SuggestInput, start: number): RequestedSlotCheck {
  validateSuggestInput(input);
  const context = buildSearchContext(input);
  const rejections: SlotRejection[] = [];
  const starts: number[] = [];
  let at = start;
  for (const plan of context.sessions) {
    at += plan.index > 0 ? plan.minBreakMs : 0;
    starts.push(at);
    at += plan.durationMs;
  }
  const outside = windowRejection(context, start, at);
  if (outside) return { valid: false, rejections: [outside] };

  const tentative: TentativeLoad = new Map();
  const placed: PlacedSession[] = [];
  context.sessions.forEach((plan, i) => {
    const sessionStart = starts[i]!;
    const sessionEnd = sessionStart + plan.durationMs;
    for (const a of plan.required) {
      const rejection = participantRejection(a, sessionStart, sessionEnd, plan.durationMs / minuteMs, tentative);
      if (rejection) rejections.push(rejection);
    }
    const session = placeSession(plan, sessionStart, context.optional, tentative);
    if (session) {
      addTentative(tentative, session);
      placed.push(session);
    } else if (plan.poolCount > 0) {
      rejections.push({
        code: "panel-unavailable",
        message: `Fewer than ${plan.poolCount} of the qualified interviewers are free for session ${i + 1}`,
      });
    }
  });
  if (rejections.length > 0 || placed.length < context.sessions.length) return { valid: false, rejections };
  return { valid: true, slot: toSuggestedSlot(context, placed) };
}
