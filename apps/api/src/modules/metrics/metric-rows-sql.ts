import { type SQL, sql } from "drizzle-orm";
import { occurredWithin, ofTypes, utcDay } from "./metrics-sql";

/**
 * Per-event rows of [fromDay, toDay) for the metrics that do not add up over days (latest per resume, percentiles,
 * firsts), straight from `event`. As with `dailyMetricPartsSql`, the rollup job stores exactly these rows and the
 * report reads the days the rollup has not reached through the same query, so both paths agree.
 */

/** The latest `resume.analysed` event of each resume and UTC day: (day, resume_id, score, analysed_at, event_id). */
export function resumeAnalysesSql(fromDay: string, toDay: string): SQL {
  return sql`
    select distinct on (e.subject_id, ${utcDay("e")}) ${utcDay("e")} as day, e.subject_id as resume_id,
      -- A score that is not a number counts as an analysis without a score: it still hides the older ones.
      case when jsonb_typeof(e.properties->'score') = 'number' then (e.properties->>'score')::float8 end as score,
      e.occurred_at as analysed_at, e.id as event_id
    from event e
    where ${ofTypes("e", "resume.analysed")} and ${occurredWithin("e", fromDay, toDay)} and e.subject_id is not null
    order by e.subject_id, ${utcDay("e")}, e.occurred_at desc, e.id desc`;
}

/** Each booking with the hours since its proposal: (day, event_id, hours). */
export function bookingLeadTimesSql(fromDay: string, toDay: string): SQL {
  return sql`
    select ${utcDay("e")} as day, e.id as event_id,
      (extract(epoch from e.occurred_at - (e.properties->>'proposedAt')::timestamptz) / 3600)::float8 as hours
    from event e
    where ${ofTypes("e", "scheduling.booked")} and ${occurredWithin("e", fromDay, toDay)}
      and e.properties->>'proposedAt' is not null`;
}

/**
 * Each user's first UTC day with a processed video and with a completed profile among the events before `toDay`
 * (from `fromDay` on, or since the beginning when it is null): (actor_id, type, day).
 */
export function actorFirstEventsSql(fromDay: string | null, toDay: string): SQL {
  const within = fromDay
    ? occurredWithin("e", fromDay, toDay)
    : sql`e.occurred_at < ${`${toDay}T00:00:00Z`}::timestamptz`;
  return sql`
    select e.actor_id, e.type, min(${utcDay("e")}) as day
    from event e
    where ${ofTypes("e", "video.processed", "profile.completed")} and e.actor_id is not null and ${within}
    group by e.actor_id, e.type`;
}
