import { containingInterval, dayMs, minuteMs } from "./intervals";
import { loadAt, type PlacedSession } from "./panel-assignment";
import type { ParticipantAvailability } from "./participant-availability";
import type { SearchContext } from "./search-context";
import { describeClock, describeDate, localDateKey, toLocal } from "./zone-time";

/** Weights of the score's parts; they add up to 100. */
const weights = { candidateTime: 30, load: 20, fragments: 20, sooner: 15, preferences: 15 };

/** Without preferred hours a candidate is best served in the morning, then early afternoon. */
function timeOfDayFit(minuteOfDay: number): { fit: number; label: string } {
  const hour = minuteOfDay / 60;
  if (hour >= 9 && hour < 12) return { fit: 1, label: "morning" };
  if (hour >= 12 && hour < 14) return { fit: 0.8, label: "midday" };
  if (hour >= 14 && hour < 17) return { fit: 0.6, label: "afternoon" };
  if ((hour >= 8 && hour < 9) || (hour >= 17 && hour < 19)) return { fit: 0.3, label: "early or late" };
  return { fit: 0, label: "outside usual hours" };
}

function names(list: ParticipantAvailability[]) {
  const all = list.map((a) => a.participant.name);
  return all.length <= 1 ? (all[0] ?? "") : `${all.slice(0, -1).join(", ")} and ${all.at(-1)}`;
}

function candidateTime(context: SearchContext, sessions: PlacedSession[], reasons?: string[]) {
  const zone = context.input.request.candidateTimeZone;
  const first = sessions[0]!;
  const when = () => {
    const local = toLocal(zone, first.start);
    return `${describeClock(local)} on ${describeDate(localDateKey(local))} for the candidate (${zone})`;
  };
  const preferred = context.candidate?.preferred;
  if (preferred) {
    const inside = sessions.filter((s) => containingInterval(preferred, s.start, s.end)).length / sessions.length;
    reasons?.push(`${when()}: ${inside === 1 ? "inside" : "outside"} the candidate's preferred hours`);
    return inside;
  }
  const fits = sessions.map((s) => timeOfDayFit((((toLocal(zone, s.start) % dayMs) + dayMs) % dayMs) / minuteMs));
  reasons?.push(`${when()}: ${fits[0]!.label}`);
  return fits.reduce((total, f) => total + f.fit, 0) / fits.length;
}

function preferences(sessions: PlacedSession[], reasons?: string[]) {
  const honoured: ParticipantAvailability[] = [];
  const missed: ParticipantAvailability[] = [];
  for (const s of sessions) {
    for (const a of [...s.interviewers, ...s.optional]) {
      if (!a.preferred || honoured.includes(a) || missed.includes(a)) continue;
      (containingInterval(a.preferred, s.start, s.end) ? honoured : missed).push(a);
    }
  }
  if (honoured.length > 0) reasons?.push(`Inside the preferred hours of ${names(honoured)}`);
  if (missed.length > 0) reasons?.push(`Outside the preferred hours of ${names(missed)}`);
  return honoured.length + missed.length === 0 ? 1 : honoured.length / (honoured.length + missed.length);
}

const noTentative = new Map();

/** Fewer interviews already in each interviewer's own week is better; 10 a week counts as full without a cap. */
function load(sessions: PlacedSession[], reasons?: string[]) {
  const seen = new Map<ParticipantAvailability, number>();
  for (const s of sessions) {
    for (const a of s.interviewers) {
      if (!seen.has(a)) seen.set(a, loadAt(a, s.start, noTentative).weekLoad.count);
    }
  }
  if (seen.size === 0) return 1;
  const parts = [...seen].map(([a, count]) => `${a.participant.name} ${count}`);
  reasons?.push(`Interviews already this week: ${parts.join(", ")}`);
  const fullness = [...seen].map(([a, count]) => Math.min(1, count / (a.participant.limits?.maxPerWeek ?? 10)));
  return 1 - fullness.reduce((total, f) => total + f, 0) / fullness.length;
}

/** A gap left before or after a session that is too short for another interview of its length is a fragment. */
function fragments(sessions: PlacedSession[], reasons?: string[]) {
  let checked = 0;
  const gaps: string[] = [];
  for (const s of sessions) {
    const minutes = s.plan.durationMs / minuteMs;
    for (const a of [...s.plan.required, ...s.interviewers.filter((i) => !s.plan.required.includes(i))]) {
      const stretch = containingInterval(a.freeFor(minutes), s.start, s.end);
      if (!stretch) continue;
      for (const gap of [s.start - stretch.start, stretch.end - s.end]) {
        checked++;
        if (gap > 0 && gap < s.plan.durationMs) gaps.push(`${gap / minuteMs} min for ${a.participant.name}`);
      }
    }
  }
  reasons?.push(gaps.length === 0 ? "Leaves no unusable gaps" : `Leaves short gaps: ${[...new Set(gaps)].join(", ")}`);
  return checked === 0 ? 1 : 1 - gaps.length / checked;
}

function sooner(context: SearchContext, start: number, reasons?: string[]) {
  const { range } = context;
  const days = Math.floor((start - range.start) / dayMs);
  reasons?.push(
    days === 0 ? "Within a day of the earliest possible time" : `${days} days after the earliest possible time`,
  );
  return 1 - (start - range.start) / Math.max(1, range.end - range.start);
}

/**
 * Scores a staffed option from 0 to 100 and, when `explain` is set, says why, one reason per part of the score.
 * Ranking scores every option, so the reasons are only written for the ones returned.
 */
export function scoreOption(context: SearchContext, sessions: PlacedSession[], explain: boolean) {
  const reasons = explain ? ["Inside the working hours of everyone required"] : undefined;
  const parts = {
    candidateTime: candidateTime(context, sessions, reasons),
    preferences: preferences(sessions, reasons),
    load: load(sessions, reasons),
    fragments: fragments(sessions, reasons),
    sooner: sooner(context, sessions[0]!.start, reasons),
  };
  for (const s of explain ? sessions : []) {
    if (s.plan.poolCount > 0) {
      const picked = s.interviewers.filter((a) => s.plan.pool.includes(a));
      const session = sessions.length > 1 ? `Session ${s.plan.index + 1}: ` : "";
      reasons?.push(`${session}${names(picked)}, the least loaded free of ${s.plan.pool.length} qualified`);
    }
  }
  const optional = explain ? [...new Set(sessions.flatMap((s) => s.optional))] : [];
  if (optional.length > 0) reasons?.push(`Optional ${names(optional)} free and added`);
  const total = (Object.keys(weights) as (keyof typeof weights)[]).reduce((t, k) => t + weights[k] * parts[k], 0);
  return { score: Math.round(total * 10) / 10, reasons: reasons ?? [] };
}
