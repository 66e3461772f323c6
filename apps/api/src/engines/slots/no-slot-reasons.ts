import { minuteMs, overlapsAny } from "./intervals";
import type { ParticipantAvailability } from "./participant-availability";
import type { SearchContext } from "./search-context";
import type { NoSlotReason } from "./slot-types";
import { describeDate } from "./zone-time";

function minutesText(ms: number) {
  const minutes = Math.round(ms / minuteMs);
  return minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`;
}

function who(a: ParticipantAvailability) {
  return a.participant.role === "candidate" ? "The candidate" : a.participant.name;
}

/** Why one participant alone cannot take a session of this length anywhere in the range, if they cannot. */
function blockerReason(
  context: SearchContext,
  a: ParticipantAvailability,
  durationMs: number,
): NoSlotReason | undefined {
  const minutes = durationMs / minuteMs;
  if (a.freeFor(minutes).some((s) => s.end - s.start >= durationMs)) return undefined;
  const participantId = a.participant.id;
  if (a.hours.length === 0) {
    return { code: "no-working-hours", participantId, message: `${who(a)} has no working hours in the window` };
  }
  const { range } = context;
  // Only days the participant works on are worth naming.
  const limited = a.days.filter(
    (d) =>
      d.end > range.start &&
      d.start < range.end &&
      a.limitedDays(minutes).has(d.date) &&
      overlapsAny(a.hours, d.start, d.end),
  );
  if (limited.length > 0) {
    const limit = a.limitedDays(minutes).get(limited[0]!.date);
    const dates = limited.map((d) => describeDate(d.date)).join(", ");
    return { code: "load-limit", participantId, message: `${who(a)} is at the ${limit} on ${dates}` };
  }
  return {
    code: "fully-busy",
    participantId,
    message: `${who(a)} has no free ${minutesText(durationMs)} in the window (busy, out of office or inside buffers)`,
  };
}

/** Reasons, most basic first, why the search found nothing: the window, then each blocker, then the combination. */
export function explainNoSlot(context: SearchContext): NoSlotReason[] {
  const { request } = context.input;
  const loopMs = context.sessions.reduce((total, s, i) => total + s.durationMs + (i > 0 ? s.minBreakMs : 0), 0);
  const what = context.sessions.length > 1 ? `the ${minutesText(loopMs)} loop` : `the ${minutesText(loopMs)} interview`;
  if (request.windowEnd - request.windowStart < loopMs) {
    return [{ code: "window-too-short", message: `The window is shorter than ${what}` }];
  }
  if (context.range.end - context.range.start < loopMs) {
    const notice = minutesText(request.minimumNoticeMinutes * minuteMs);
    return [
      {
        code: "notice-leaves-no-time",
        message: `The ${notice} minimum notice leaves too little of the window for ${what}`,
      },
    ];
  }
  const reasons: NoSlotReason[] = [];
  const seen = new Set<string>();
  for (const plan of context.sessions) {
    for (const a of plan.required) {
      const reason = blockerReason(context, a, plan.durationMs);
      if (reason && !seen.has(reason.message)) {
        seen.add(reason.message);
        reasons.push(reason);
      }
    }
    if (plan.poolCount > 0) {
      const able = plan.pool.filter((a) => !blockerReason(context, a, plan.durationMs));
      if (able.length < plan.poolCount) {
        const blockers = plan.pool.map((a) => blockerReason(context, a, plan.durationMs)?.message).filter(Boolean);
        reasons.push({
          code: "pool-too-small",
          message: `Only ${able.length} of ${plan.pool.length} qualified interviewers can take ${minutesText(plan.durationMs)}, ${plan.poolCount} needed: ${blockers.join("; ")}`,
        });
      }
    }
  }
  if (reasons.length > 0) return reasons;
  const together =
    context.sessions[0]!.poolCount > 0
      ? "the required participants and enough of the pool"
      : "all required participants";
  return [
    {
      code: "no-common-time",
      message:
        context.sessions.length > 1
          ? `No start lets ${together} attend all ${context.sessions.length} sessions with their breaks`
          : `There is no ${minutesText(loopMs)} when ${together} are free together`,
    },
  ];
}
