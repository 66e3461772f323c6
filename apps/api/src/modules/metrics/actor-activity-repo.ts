import type { DbOrTx } from "@hirefolio/db";
import { type SQL, sql } from "drizzle-orm";
import { daysBetween, laterDay } from "../../engines/metrics/metric-period";
import type { MetricCell } from "../../engines/metrics/metric-report";
import { actorFlags, dailyActorActivitySql } from "./metric-parts-sql";
import type { ReportWindow } from "./metrics-repo";
import { num, ofTypes, rows, utcDay } from "./metrics-sql";

/** A `bit varying` literal of n zero bits; sent as a parameter, so PostgreSQL parses it as bits. */
const zeroBits = (n: number) => sql`${"0".repeat(Math.max(0, n))}::bit varying`;

/**
 * Writes the activity bits of [fromDay, toDay) from `event` into `actor_activity`: per user, the days in that
 * range are replaced (overlay) by what the events say, so running it twice changes nothing and a late event shows up
 * on the next run. Days before the epoch cannot be stored and are skipped.
 */
export async function refreshActorActivity(db: DbOrTx, epoch: string, fromDay: string, toDay: string) {
  const from = laterDay(fromDay, epoch);
  if (from >= toDay) return;
  const width = daysBetween(from, toDay) - 1;
  const offset = daysBetween(epoch, from) - 1;
  const total = offset + width;
  const zeros = zeroBits(width);
  const bit = (flag: number) =>
    sql`bit_or(case when d.flags & ${flag} <> 0 then set_bit(${zeros}, d.day - ${from}::date, 1) else ${zeros} end)`;
  // A new user's bits start with zeros up to `from`; an existing user's are padded to the new end, then overlaid.
  const merged = (column: string) => {
    const c = sql.raw(column);
    return sql`overlay(
      actor_activity.${c} || substring(${zeroBits(total)} from 1 for greatest(0, ${total} - length(actor_activity.${c})))
      placing substring(excluded.${c} from ${offset + 1}) from ${offset + 1} for ${width})`;
  };
  await db.execute(sql`
    insert into actor_activity (actor_id, active, coach_message, resume_created)
    select d.actor_id, ${zeroBits(offset)} || ${bit(actorFlags.active)}, ${zeroBits(offset)} || ${bit(actorFlags.coachMessage)},
      ${zeroBits(offset)} || ${bit(actorFlags.resumeCreated)}
    from (${dailyActorActivitySql(from, toDay)}) d
    group by d.actor_id
    on conflict (actor_id) do update set
      active = ${merged("active")}, coach_message = ${merged("coach_message")},
      resume_created = ${merged("resume_created")}`);
}

/** Buckets and periods as rows (scope, idx, ordinal, start_day, end_day); `ordinal` numbers them all from 0. */
function placesOf(window: ReportWindow) {
  const { boundaries } = window;
  const places: [scope: string, idx: number, start: string, end: string][] = boundaries
    .slice(0, -1)
    .map((start, i) => ["bucket", i, start, boundaries[i + 1] as string]);
  places.push(["period", 0, window.previousFrom, window.from], ["period", 1, window.from, window.end]);
  const values = sql.join(
    places.map(
      ([scope, idx, start, end], ordinal) =>
        sql`(${scope}, ${idx}::int, ${ordinal}::int, ${start}::date, ${end}::date)`,
    ),
    sql`, `,
  );
  return { values, count: places.length };
}

/**
 * The distinct-user metrics per bucket and period: who was active, messaged the coach, created a resume (from the
 * bits of `actor_activity` for rolled-up days and from `event` for later ones), and which candidates had a
 * processed video and a complete profile by the end of each bucket.
 */
export async function loadActorCells(db: DbOrTx, window: ReportWindow): Promise<MetricCell[]> {
  const epoch = window.activityEpoch;
  const until = epoch && window.rolledUpUntil ? window.rolledUpUntil : window.previousFrom;
  const liveFrom = laterDay(until, window.previousFrom);
  const places = placesOf(window);
  const hasBit = (column: string) =>
    sql`bit_count(substring(a.${sql.raw(column)} from (p.start_day - ${epoch ?? window.previousFrom}::date) + 1
      for greatest(0, least(p.end_day, ${until}::date) - p.start_day))) > 0`;
  // Live days come as one bit per place and user, so each (user, place) pair is one row and never a join.
  const liveBit = (column: string) => sql`get_bit(a.${sql.raw(column)}, p.ordinal) = 1`;
  const flag = (stored: string, live: string, value: number) =>
    sql`case when ${hasBit(stored)} or ${liveBit(live)} then ${value} else 0 end`;
  // Coach and resume bits are only read where the user was active at all: most users are idle in most buckets.
  const flags = sql`case when ${hasBit("active")} or ${liveBit("live_active")} then ${actorFlags.active}
    | ${flag("coach_message", "live_coach", actorFlags.coachMessage)}
    | ${flag("resume_created", "live_resume", actorFlags.resumeCreated)} else 0 end`;
  const placeBits = (condition: SQL) =>
    sql`bit_or(case when ${condition} then set_bit(${zeroBits(places.count)}, p.ordinal, 1) else ${zeroBits(places.count)} end)`;
  const stored = Boolean(epoch && window.rolledUpUntil);
  const result = await rows(
    db,
    sql`
      with places(scope, idx, ordinal, start_day, end_day) as (values ${places.values}),
      firsts as (
        select e.actor_id,
          min(${utcDay("e")}) filter (where e.type = 'video.processed') as video_day,
          min(${utcDay("e")}) filter (where e.type = 'profile.completed') as profile_day
        from event e
        where ${ofTypes("e", "video.processed", "profile.completed")} and e.actor_id is not null
          and e.occurred_at < ${`${window.end}T00:00:00Z`}::timestamptz
        group by e.actor_id
      ),
      live_days as (${liveFrom < window.end ? dailyActorActivitySql(liveFrom, window.end) : sql`select null::date as day, null::text as actor_id, 0 as flags where false`}),
      live as (
        select l.actor_id, ${placeBits(sql`true`)} as live_active,
          ${placeBits(sql`l.flags & ${actorFlags.coachMessage} <> 0`)} as live_coach,
          ${placeBits(sql`l.flags & ${actorFlags.resumeCreated} <> 0`)} as live_resume
        from live_days l join places p on l.day >= p.start_day and l.day < p.end_day
        group by l.actor_id
      ),
      people as (
        select coalesce(s.actor_id, l.actor_id) as actor_id, s.active, s.coach_message, s.resume_created,
          l.live_active, l.live_coach, l.live_resume
        from (
          select * from actor_activity a
          -- Users with no activity anywhere in the window (most, on a real site) never meet the buckets.
          where ${
            stored
              ? sql`bit_count(substring(a.active from (${window.previousFrom}::date - ${epoch ?? window.previousFrom}::date) + 1
            for greatest(0, ${until}::date - ${window.previousFrom}::date))) > 0`
              : sql`false`
          }
        ) s
        full join live l on l.actor_id = s.actor_id
      ),
      -- Materialized so the flags expression runs once per pair, not once per count below.
      combined as materialized (
        select p.scope, p.idx, p.end_day, u.role = 'candidate' as candidate, f.video_day, f.profile_day, ${flags} as flags
        from people a
        join "user" u on u.id = a.actor_id
        left join firsts f on f.actor_id = a.actor_id
        cross join places p
      )
      select c.scope, c.idx,
        (count(*) filter (where c.flags & ${actorFlags.active} <> 0))::float8 as active,
        (count(*) filter (where c.flags & ${actorFlags.coachMessage} <> 0))::float8 as coach,
        (count(*) filter (where c.flags & ${actorFlags.active} <> 0 and c.candidate))::float8 as candidates,
        (count(*) filter (where c.flags & ${actorFlags.resumeCreated} <> 0 and c.candidate))::float8 as resumes,
        (count(*) filter (where c.flags & ${actorFlags.active} <> 0 and c.candidate
          and c.video_day < c.end_day))::float8 as videos,
        (count(*) filter (where c.flags & ${actorFlags.active} <> 0 and c.candidate
          and c.profile_day < c.end_day))::float8 as profiles
      from combined c
      where c.flags <> 0
      group by c.scope, c.idx`,
  );
  return result.flatMap((r) => {
    const place = { dimension: "", scope: r.scope as MetricCell["scope"], index: Number(r.idx) };
    const active = num(r.active);
    const candidates = num(r.candidates);
    return [
      { ...place, key: "coach_engagement_rate", numerator: num(r.coach), denominator: active },
      { ...place, key: "video_upload_rate", numerator: num(r.videos), denominator: candidates },
      { ...place, key: "profile_completion_rate", numerator: num(r.profiles), denominator: candidates },
      { ...place, key: "resume_creation_rate", numerator: num(r.resumes), denominator: candidates },
    ] satisfies MetricCell[];
  });
}
