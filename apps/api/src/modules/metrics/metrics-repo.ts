import type { DbOrTx } from "@hirefolio/db";
import type { MetricKey } from "@hirefolio/shared";
import { type SQL, sql } from "drizzle-orm";
import { earlierDay, laterDay } from "../../engines/metrics/metric-period";
import type { MetricCell } from "../../engines/metrics/metric-report";
import { refreshActorActivity } from "./actor-activity-repo";
import { dailyMetricPartsSql } from "./metric-parts-sql";
import { actorFirstEventsSql, bookingLeadTimesSql, resumeAnalysesSql } from "./metric-rows-sql";
import { dayArray, num, occurredWithin, ofTypes, rows } from "./metrics-sql";

/** What the report reads: the bucket boundaries (previous then current starts, then the day after the range). */
export interface ReportWindow {
  previousFrom: string;
  from: string;
  /** The day after the last day of the range. */
  end: string;
  boundaries: string[];
  /** Days before this come from the rollups, later days from `event`; null before the first rollup. */
  rolledUpUntil: string | null;
  /** Day of bit 1 of `actor_activity`; null before the first rollup. */
  activityEpoch: string | null;
}

function bucketAndPeriod(window: ReportWindow, dayColumn: SQL) {
  return {
    bucket: sql`width_bucket(${dayColumn}, ${dayArray(window.boundaries)}) - 1`,
    period: sql`case when ${dayColumn} < ${window.from}::date then 0 else 1 end`,
  };
}

/** Rollup rows cover [previousFrom, rolledUpUntil); the days from rolledUpUntil to the end are read live. */
function split(window: ReportWindow) {
  const until = window.rolledUpUntil ?? window.previousFrom;
  return {
    rollupEnd: earlierDay(until, window.end),
    liveFrom: laterDay(until, window.previousFrom),
  };
}

/** Ratios, means and counts that add up over days: rollup rows where they exist, live rows for later days. */
export async function loadAdditiveCells(db: DbOrTx, window: ReportWindow): Promise<MetricCell[]> {
  const { rollupEnd, liveFrom } = split(window);
  const live =
    liveFrom < window.end ? sql`union all select * from (${dailyMetricPartsSql(liveFrom, window.end)}) live` : sql``;
  const { bucket, period } = bucketAndPeriod(window, sql`parts.day`);
  const result = await rows(
    db,
    sql`
      with parts as (
        select day, metric, dimension, numerator, denominator from metric_rollup
        where day >= ${window.previousFrom}::date and day < ${rollupEnd}::date
        ${live}
      ), placed as (
        select parts.*, ${bucket} as b, ${period} as p from parts
      )
      select metric, dimension, case when grouping(b) = 0 then 'bucket' else 'period' end as scope,
        coalesce(b, p) as idx, sum(numerator) as numerator, sum(denominator) as denominator
      from placed
      group by metric, dimension, grouping sets ((b), (p))`,
  );
  return result.map((r) => ({
    key: r.metric as MetricKey,
    dimension: String(r.dimension),
    scope: r.scope as MetricCell["scope"],
    index: Number(r.idx),
    numerator: num(r.numerator),
    denominator: num(r.denominator),
  }));
}

/**
 * Hours from proposal to booking: median (headline) and p90 (a part), per bucket and period. Percentiles need every
 * booking: `booking_lead_time` rows for rolled-up days, `event` for later ones.
 */
export async function loadTimeToScheduleCells(db: DbOrTx, window: ReportWindow): Promise<MetricCell[]> {
  const { bucket, period } = bucketAndPeriod(window, sql`booked.day`);
  const { rollupEnd, liveFrom } = split(window);
  const live =
    liveFrom < window.end
      ? sql`union all select day, hours from (${bookingLeadTimesSql(liveFrom, window.end)}) live`
      : sql``;
  const result = await rows(
    db,
    sql`
      with booked as (
        select day, hours from booking_lead_time
        where day >= ${window.previousFrom}::date and day < ${rollupEnd}::date
        ${live}
      ), placed as (select booked.*, ${bucket} as b, ${period} as p from booked)
      select case when grouping(b) = 0 then 'bucket' else 'period' end as scope, coalesce(b, p) as idx,
        percentile_cont(0.5) within group (order by hours) as median,
        percentile_cont(0.9) within group (order by hours) as p90,
        count(*)::float8 as size
      from placed group by grouping sets ((b), (p))`,
  );
  return result.flatMap((r) => {
    const place = { key: "time_to_schedule" as const, scope: r.scope as MetricCell["scope"], index: Number(r.idx) };
    return [
      { ...place, dimension: "", numerator: null, denominator: num(r.size), value: num(r.median) },
      { ...place, dimension: "p90", numerator: null, denominator: num(r.size), value: num(r.p90) },
    ];
  });
}

/**
 * ATS improvement per resume: its latest analysis in the bucket (or period) minus its first analysis ever, over
 * resumes whose latest one there was not their first. Per resume, so not additive: read from each resume's latest
 * analysis per day (`resume_analysis_day` for rolled-up days, `event` for later ones), with each resume's first
 * analysis from `resume_first_analysis`.
 */
export async function loadAtsImprovementCells(db: DbOrTx, window: ReportWindow): Promise<MetricCell[]> {
  const { bucket, period } = bucketAndPeriod(window, sql`analyses.day`);
  const { rollupEnd, liveFrom } = split(window);
  const live =
    liveFrom < window.end ? sql`union all select * from (${resumeAnalysesSql(liveFrom, window.end)}) live` : sql``;
  const scored = (alias: string) => sql`jsonb_typeof(${sql.raw(alias)}.properties->'score') = 'number'`;
  const result = await rows(
    db,
    sql`
      -- Not materialized: read twice, scanning the narrow rollup rows again is cheaper than storing 50,000 of them.
      with analyses as not materialized (
        -- The latest analysis of each resume and day: the latest of a bucket is the latest of its days.
        select event_id as id, resume_id as subject_id, analysed_at as occurred_at, day, score from (
          select * from resume_analysis_day
          where day >= ${window.previousFrom}::date and day < ${rollupEnd}::date
          ${live}
        ) days
      ), ordered as (
        -- Newest first per resume. Buckets and periods only grow with time, so a row whose bucket (period) differs
        -- from the newer row before it is the latest of its bucket (period): one sort finds both, where a
        -- DISTINCT ON per scope sorted the rows twice.
        select subject_id, score, occurred_at, id, b, p,
          b is distinct from lag(b) over newest_first as latest_of_bucket,
          p is distinct from lag(p) over newest_first as latest_of_period
        from (select subject_id, score, occurred_at, id, ${bucket} as b, ${period} as p from analyses) placed
        window newest_first as (partition by subject_id order by occurred_at desc, id desc)
      ), latest as (
        select place.scope, place.idx, o.subject_id, o.score, o.occurred_at, o.id
        from ordered o
        cross join lateral (values ('bucket', o.b, o.latest_of_bucket), ('period', o.p, o.latest_of_period))
          as place(scope, idx, is_latest)
        where place.is_latest
      ), firsts as (
        -- Rolled-up firsts where known; a resume first analysed since the last rollup is looked up in event.
        select r.subject_id, coalesce(rf.score, f.score) as score, coalesce(rf.analysed_at, f.occurred_at) as occurred_at,
          coalesce(rf.event_id, f.id) as id
        from (select distinct subject_id from analyses) r
        left join resume_first_analysis rf on rf.resume_id = r.subject_id
        left join lateral (
          select (e.properties->>'score')::float8 as score, e.occurred_at, e.id from event e
          where rf.resume_id is null and e.subject_id = r.subject_id and ${ofTypes("e", "resume.analysed")}
            and ${scored("e")}
          order by e.occurred_at, e.id limit 1
        ) f on true
      )
      select l.scope, l.idx, sum(l.score - f.score) as total, count(*)::float8 as size
      from latest l join firsts f on f.subject_id = l.subject_id
      where (l.occurred_at, l.id) > (f.occurred_at, f.id) and l.score is not null
      group by l.scope, l.idx`,
  );
  return result.map((r) => ({
    key: "ats_score_improvement" as const,
    dimension: "",
    scope: r.scope as MetricCell["scope"],
    index: Number(r.idx),
    numerator: num(r.total),
    denominator: num(r.size),
  }));
}

/** Names of A/B variants seen in application events, "experiment · Variant A", keyed by "experimentId:variantId". */
export async function loadVariantNames(db: DbOrTx, dimensions: string[]): Promise<Map<string, string>> {
  const pairs = dimensions.filter((d) => d.includes(":")).map((d) => d.split(":", 2) as [string, string]);
  if (pairs.length === 0) return new Map();
  const result = await rows<{ experiment_id: string; variant_id: string; name: string; label: string | null }>(
    db,
    sql`
      select x.experiment_id, x.variant_id, e.name, v.label
      from (values ${sql.join(
        pairs.map(([experimentId, variantId]) => sql`(${experimentId}, ${variantId})`),
        sql`, `,
      )}) as x(experiment_id, variant_id)
      join resume_experiment e on e.id = x.experiment_id
      left join resume_experiment_variant v on v.experiment_id = x.experiment_id
        and (v.resume_id = x.variant_id or v.label = x.variant_id)`,
  );
  return new Map(
    result.map((r) => [`${r.experiment_id}:${r.variant_id}`, `${r.name} · Variant ${r.label ?? r.variant_id}`]),
  );
}

export interface RollupState {
  rolledUpUntil: string;
  activityEpoch: string;
  refreshedAt: Date;
}

const stateId = "daily";

export async function loadRollupState(db: DbOrTx): Promise<RollupState | null> {
  const [row] = await rows<{ rolled_up_until: string; activity_epoch: string; refreshed_at: string | Date }>(
    db,
    sql`select rolled_up_until::text, activity_epoch::text, refreshed_at from metric_rollup_state where id = ${stateId}`,
  );
  return row
    ? { rolledUpUntil: row.rolled_up_until, activityEpoch: row.activity_epoch, refreshedAt: new Date(row.refreshed_at) }
    : null;
}

/** The first UTC day with an event, where a first rollup starts. */
export async function firstEventDay(db: DbOrTx): Promise<string | null> {
  const [row] = await rows<{ day: string | null }>(
    db,
    sql`select (min(occurred_at) at time zone 'UTC')::date::text as day from event`,
  );
  return row?.day ?? null;
}

/**
 * Recomputes the rollups of [fromDay, toDay) from `event` and moves the state to `toDay`: the daily parts are
 * deleted and inserted again, the activity bits of those days overlaid, so running it twice gives the same rows.
 * Run it in a transaction so a reader never sees a half-written day.
 */
export async function replaceRollups(db: DbOrTx, days: { from: string; to: string; epoch: string }, now: Date) {
  await db.execute(sql`delete from metric_rollup where day >= ${days.from}::date and day < ${days.to}::date`);
  if (days.from < days.to) {
    await db.execute(sql`
      insert into metric_rollup (day, metric, dimension, numerator, denominator)
      ${dailyMetricPartsSql(days.from, days.to)}`);
  }
  await refreshActorActivity(db, days.epoch, days.from, days.to);
  await db.execute(sql`delete from resume_analysis_day where day >= ${days.from}::date and day < ${days.to}::date`);
  await db.execute(sql`delete from booking_lead_time where day >= ${days.from}::date and day < ${days.to}::date`);
  if (days.from < days.to) {
    await db.execute(sql`
      insert into resume_analysis_day (day, resume_id, score, analysed_at, event_id)
      ${resumeAnalysesSql(days.from, days.to)}`);
    await db.execute(
      sql`insert into booking_lead_time (day, event_id, hours) ${bookingLeadTimesSql(days.from, days.to)}`,
    );
  }
  // The earliest day wins, as for the first analysis below.
  await db.execute(sql`
    insert into actor_first_event (actor_id, type, day) ${actorFirstEventsSql(days.from, days.to)}
    on conflict (actor_id, type) do update set day = least(actor_first_event.day, excluded.day)`);
  // The earliest analysis wins, so a late event older than the stored first replaces it and a rerun changes nothing.
  await db.execute(sql`
    insert into resume_first_analysis (resume_id, score, analysed_at, event_id)
    select distinct on (e.subject_id) e.subject_id, (e.properties->>'score')::float8, e.occurred_at, e.id
    from event e
    where ${ofTypes("e", "resume.analysed")} and ${occurredWithin("e", days.from, days.to)}
      and e.subject_id is not null and jsonb_typeof(e.properties->'score') = 'number'
    order by e.subject_id, e.occurred_at, e.id
    on conflict (resume_id) do update set score = excluded.score, analysed_at = excluded.analysed_at,
      event_id = excluded.event_id
    where (excluded.analysed_at, excluded.event_id) < (resume_first_analysis.analysed_at, resume_first_analysis.event_id)`);
  await db.execute(sql`
    insert into metric_rollup_state (id, rolled_up_until, activity_epoch, refreshed_at)
    values (${stateId}, ${days.to}::date, ${days.epoch}::date, ${now.toISOString()}::timestamptz)
    on conflict (id) do update set rolled_up_until = excluded.rolled_up_until, refreshed_at = excluded.refreshed_at`);
}

/** Fresh statistics for the rollup tables, so the planner does not guess their size after a large refresh. */
export async function analyzeRollups(db: DbOrTx) {
  await db.execute(sql`analyze metric_rollup, actor_activity, resume_first_analysis, resume_analysis_day, booking_lead_time,
    actor_first_event`);
}
