import { containingInterval, minuteMs } from "./intervals";
import { brokenLimit, type Load, type ParticipantAvailability } from "./participant-availability";
import { dayIndexAt } from "./participant-calendar";
import type { SessionPlan } from "./search-context";

/** Interviews the loop being built has already given each participant, on top of their booked load. */
export type TentativeLoad = Map<string, TentativeInterview[]>;

interface TentativeInterview {
  date: string;
  week: string;
  minutes: number;
}

export interface PlacedSession {
  plan: SessionPlan;
  start: number;
  end: number;
  /** Required interviewers: the all-of panel or the chosen k of the pool. */
  interviewers: ParticipantAvailability[];
  optional: ParticipantAvailability[];
}

/** The participant's local date and week of an instant and the load there, booked plus tentative. */
export function loadAt(a: ParticipantAvailability, at: number, tentative: TentativeLoad) {
  const day = a.days[dayIndexAt(a.days, at)]!;
  const bookedDay = a.dayLoad.get(day.date);
  const bookedWeek = a.weekLoad.get(day.week);
  const dayLoad: Load = { count: bookedDay?.count ?? 0, minutes: bookedDay?.minutes ?? 0 };
  const weekLoad: Load = { count: bookedWeek?.count ?? 0, minutes: bookedWeek?.minutes ?? 0 };
  for (const extra of tentative.get(a.participant.id) ?? []) {
    if (extra.date === day.date) {
      dayLoad.count += 1;
      dayLoad.minutes += extra.minutes;
    }
    if (extra.week === day.week) {
      weekLoad.count += 1;
      weekLoad.minutes += extra.minutes;
    }
  }
  return { day, dayLoad, weekLoad };
}

/** Free for [start, end) and one more interview keeps every limit, counting what this loop already gave them. */
function canTake(a: ParticipantAvailability, plan: SessionPlan, start: number, end: number, tentative: TentativeLoad) {
  const minutes = plan.durationMs / minuteMs;
  if (!containingInterval(a.freeFor(minutes), start, end)) return false;
  if (!tentative.has(a.participant.id)) return true;
  const { dayLoad, weekLoad } = loadAt(a, start, tentative);
  return brokenLimit(a.participant, dayLoad, weekLoad, minutes) === undefined;
}

/**
 * The `poolCount` free pool members with the fewest interview minutes this week, kept in a small sorted array
 * while scanning the pool once (this runs for every candidate start, so it allocates as little as it can).
 */
function leastLoadedFree(plan: SessionPlan, start: number, end: number, tentative: TentativeLoad) {
  const best: ParticipantAvailability[] = [];
  const loads: number[] = [];
  for (const a of plan.pool) {
    if (!canTake(a, plan, start, end, tentative)) continue;
    const load = loadAt(a, start, tentative).weekLoad.minutes;
    if (best.length === plan.poolCount && load >= loads[best.length - 1]!) continue;
    let at = best.length;
    while (at > 0 && loads[at - 1]! > load) at--;
    best.splice(at, 0, a);
    loads.splice(at, 0, load);
    if (best.length > plan.poolCount) {
      best.pop();
      loads.pop();
    }
  }
  return best.length === plan.poolCount ? best : undefined;
}

/**
 * Staffs one session at a start, or returns undefined. For a k-of-n pool the k free interviewers with the least
 * load this week are taken (ties by list order) instead of trying every combination: any other free choice
 * would only be more loaded, so nothing better is lost, and the loop search stays linear in the pool size.
 */
export function placeSession(
  plan: SessionPlan,
  start: number,
  optionalPool: ParticipantAvailability[],
  tentative: TentativeLoad,
): PlacedSession | undefined {
  const end = start + plan.durationMs;
  for (const a of plan.required) {
    if (tentative.has(a.participant.id) && !canTake(a, plan, start, end, tentative)) return undefined;
  }
  let chosen = plan.required.filter((a) => a.participant.role === "interviewer");
  if (plan.poolCount > 0) {
    const picked = leastLoadedFree(plan, start, end, tentative);
    if (!picked) return undefined;
    chosen = [...chosen, ...picked];
  }
  const optional = optionalPool.filter((a) => canTake(a, plan, start, end, tentative));
  return { plan, start, end, interviewers: chosen, optional };
}

/** Records a placed session's interviews as tentative load; `undo` takes them back when the search backtracks. */
export function addTentative(tentative: TentativeLoad, placed: PlacedSession) {
  const added: string[] = [];
  for (const a of [...placed.interviewers, ...placed.optional]) {
    const { day } = loadAt(a, placed.start, tentative);
    const list = tentative.get(a.participant.id) ?? [];
    list.push({ date: day.date, week: day.week, minutes: placed.plan.durationMs / minuteMs });
    tentative.set(a.participant.id, list);
    added.push(a.participant.id);
  }
  return function undo() {
    for (const id of added) {
      const list = tentative.get(id)!;
      list.pop();
      if (list.length === 0) tentative.delete(id);
    }
  };
}
