import type { DbOrTx } from "@hirefolio/db";
import { sql } from "drizzle-orm";
import { type ActorDays, type ActorPlace, actorCells, actorFlags } from "../../engines/metrics/actor-places";
import { daysBetween, earlierDay, laterDay } from "../../engines/metrics/metric-period";
import type { MetricCell } from "../../engines/metrics/metric-report";
import { dailyActorActivitySql } from "./metric-parts-sql";
import { actorFirstEventsSql } from "./metric-rows-sql";
import type { ReportWindow } from "./metrics-repo";
import { num, rows } from "./metrics-sql";

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

/**
 * The bits of a `varbit_send` value: its bytes after the 4-byte bit count (none for a user without stored bits), as
 * a plain Uint8Array whatever the driver returned (pg gives a Node Buffer), so the hot loop sees one type.
 */
const bytesOf = (sent: Uint8Array | null) =>
  sent ? new Uint8Array(sent.buffer, sent.byteOffset + 4, sent.byteLength - 4) : new Uint8Array(0);

/** The report's buckets and periods as day offsets from `previousFrom`, the first day of the window. */
function placesOf(window: ReportWindow): ActorPlace[] {
  const offset = (day: string) => daysBetween(window.previousFrom, day) - 1;
  const { boundaries } = window;
  const buckets = boundaries.slice(0, -1).map((start, index) => ({
    scope: "bucket" as const,
    index,
    start: offset(start),
    end: offset(boundaries[index + 1] as string),
  }));
  return [
    ...buckets,
    { scope: "period", index: 0, start: 0, end: offset(window.from) },
    { scope: "period", index: 1, start: offset(window.from), end: offset(window.end) },
  ];
}

/**
 * The distinct-user metrics per bucket and period (see `actorCells`). SQL only gathers each user's days of the
 * window: the stored bits of `actor_activity` up to the rollup, the later (live) days from `event`, the role, and
 * the first processed video and completed profile (`actor_first_event`, and `event` after the rollup). Users with
 * no activity in the window (most, on a real site) are left out here already.
 */
export async function loadActorCells(db: DbOrTx, window: ReportWindow): Promise<MetricCell[]> {
  const epoch = window.activityEpoch;
  const until = epoch && window.rolledUpUntil ? earlierDay(window.rolledUpUntil, window.end) : window.previousFrom;
  const liveFrom = laterDay(until, window.previousFrom);
  // Stored bits are read from the later of the window start and the epoch (bit 1); earlier days have no bits.
  const storedFrom = epoch ? laterDay(window.previousFrom, epoch) : window.previousFrom;
  const storedDays = Math.max(0, daysBetween(storedFrom, until) - 1);
  const windowBits = (column: string) =>
    sql`substring(a.${sql.raw(column)} from ${daysBetween(epoch ?? storedFrom, storedFrom)}::int for ${storedDays}::int)`;
  const stored =
    epoch && storedDays > 0
      ? sql`select * from (
          select a.actor_id, ${windowBits("active")} as active, ${windowBits("coach_message")} as coach_message,
            ${windowBits("resume_created")} as resume_created
          from actor_activity a
        ) w where bit_count(w.active) > 0`
      : sql`select null::text as actor_id, null::bit varying as active, null::bit varying as coach_message,
          null::bit varying as resume_created where false`;
  const live =
    liveFrom < window.end
      ? sql`select l.actor_id,
            json_agg(json_build_object('offset', l.day - ${window.previousFrom}::date, 'flags', l.flags)) as days
          from (${dailyActorActivitySql(liveFrom, window.end)}) l group by l.actor_id`
      : sql`select null::text as actor_id, null::json as days where false`;
  const result = await rows<{
    candidate: boolean;
    active: Uint8Array | null;
    coach_message: Uint8Array | null;
    resume_created: Uint8Array | null;
    live_days: ActorDays["liveDays"] | string | null;
    video_day: number | null;
    profile_day: number | null;
  }>(
    db,
    sql`
      with firsts as (
        select f.actor_id,
          min(f.day) filter (where f.type = 'video.processed') as video_day,
          min(f.day) filter (where f.type = 'profile.completed') as profile_day
        from (
          select actor_id, type, day from actor_first_event
          union all
          select * from (${actorFirstEventsSql(window.rolledUpUntil, window.end)}) live
        ) f
        group by f.actor_id
      ),
      stored as (${stored}),
      live as (${live})
      -- varbit_send gives the bits as bytes (after a 4-byte length): an eighth of the text form to send and scan.
      select u.role = 'candidate' as candidate, varbit_send(s.active) as active,
        varbit_send(s.coach_message) as coach_message, varbit_send(s.resume_created) as resume_created,
        l.days as live_days, f.video_day - ${window.previousFrom}::date as video_day,
        f.profile_day - ${window.previousFrom}::date as profile_day
      from stored s
      full join live l on l.actor_id = s.actor_id
      join "user" u on u.id = coalesce(s.actor_id, l.actor_id)
      left join firsts f on f.actor_id = u.id`,
  );
  const users = result.map(
    (r): ActorDays => ({
      candidate: Boolean(r.candidate),
      active: bytesOf(r.active),
      coachMessage: bytesOf(r.coach_message),
      resumeCreated: bytesOf(r.resume_created),
      // Parsed here should a driver leave the json as text.
      liveDays: typeof r.live_days === "string" ? JSON.parse(r.live_days) : (r.live_days ?? []),
      videoDay: num(r.video_day),
      profileDay: num(r.profile_day),
    }),
  );
  // Stored bits start at `storedFrom`, not at the window's first day.
  return actorCells(placesOf(window), users, daysBetween(window.previousFrom, storedFrom) - 1);
}
