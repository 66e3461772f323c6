import type { MetricCell } from "./metric-report";

/**
 * A bucket or period of the report as day offsets from the first day of the window (`previousFrom`): the days
 * `start` (included) to `end` (excluded).
 */
export interface ActorPlace {
  scope: MetricCell["scope"];
  index: number;
  start: number;
  end: number;
}

/**
 * What one user did in the window, as bit strings: one bit per day from the day `bitsStart` of `actorCells`, the
 * first day in the high bit of the first byte (PostgreSQL's `bit varying` layout); set means that day they were
 * active, messaged the coach, created a resume. A string may stop early: the missing days are zeros. `liveDays` are
 * later days read from `event` (offset and `actorFlags` bits), usually just today.
 */
export interface ActorDays {
  candidate: boolean;
  active: Uint8Array;
  coachMessage: Uint8Array;
  resumeCreated: Uint8Array;
  liveDays: { offset: number; flags: number }[];
  /** Offset of the day of the first processed video / completed profile, or null if none yet. */
  videoDay: number | null;
  profileDay: number | null;
}

/** The bits of a day in `ActorDays.liveDays` (the same as the `actor_activity` columns). */
export const actorFlags = { active: 1, coachMessage: 2, resumeCreated: 4 } as const;

/** Whether any of the days [start, end) is set; whole zero bytes (8 idle days) are skipped at once. */
function anyDay(bits: Uint8Array, start: number, end: number): boolean {
  const last = Math.min(end, bits.length * 8);
  let day = Math.max(0, start);
  while (day < last) {
    const byte = bits[day >> 3] as number;
    if (byte === 0) day = (day | 7) + 1;
    else if (byte & (0x80 >> (day & 7))) return true;
    else day++;
  }
  return false;
}

function anyLiveDay(days: ActorDays["liveDays"], flag: number, start: number, end: number): boolean {
  // A plain loop: this runs for every user and place, and most users have no live day at all.
  for (const d of days) if (d.offset >= start && d.offset < end && (d.flags & flag) !== 0) return true;
  return false;
}

/**
 * The distinct-user metrics per bucket and period: among users active in the place, how many messaged the coach;
 * among active candidates, how many created a resume, and how many had a processed video and a complete profile
 * by the end of the place. Places without an active user get no cells, like any other metric without data.
 * `bitsStart` is the offset of the first bit of the users' bit strings (no padding for days before them).
 *
 * Distinct users do not add up over days, so this looks at each user once per place; done here rather than in SQL
 * because a look at a few bytes per user and place takes nanoseconds, where SQL spent seconds on 5,000 × 108 rows
 * of (user, place).
 */
export function actorCells(places: ActorPlace[], users: ActorDays[], bitsStart = 0): MetricCell[] {
  const counts = places.map(() => ({ active: 0, coach: 0, candidates: 0, resumes: 0, videos: 0, profiles: 0 }));
  places.forEach((place, i) => {
    const count = counts[i] as (typeof counts)[number];
    const start = place.start - bitsStart;
    const end = place.end - bitsStart;
    const did = (user: ActorDays, bits: Uint8Array, flag: number) =>
      anyDay(bits, start, end) || anyLiveDay(user.liveDays, flag, place.start, place.end);
    for (const user of users) {
      if (!did(user, user.active, actorFlags.active)) continue;
      count.active++;
      if (did(user, user.coachMessage, actorFlags.coachMessage)) count.coach++;
      if (!user.candidate) continue;
      count.candidates++;
      if (did(user, user.resumeCreated, actorFlags.resumeCreated)) count.resumes++;
      if (user.videoDay !== null && user.videoDay < place.end) count.videos++;
      if (user.profileDay !== null && user.profileDay < place.end) count.profiles++;
    }
  });
  return places.flatMap((place, i) => {
    const count = counts[i] as (typeof counts)[number];
    if (count.active === 0) return [];
    const at = { dimension: "", scope: place.scope, index: place.index };
    return [
      { ...at, key: "coach_engagement_rate", numerator: count.coach, denominator: count.active },
      { ...at, key: "video_upload_rate", numerator: count.videos, denominator: count.candidates },
      { ...at, key: "profile_completion_rate", numerator: count.profiles, denominator: count.candidates },
      { ...at, key: "resume_creation_rate", numerator: count.resumes, denominator: count.candidates },
    ] satisfies MetricCell[];
  });
}
