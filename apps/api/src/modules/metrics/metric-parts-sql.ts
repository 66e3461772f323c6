import { type SQL, sql } from "drizzle-orm";
import { actorFlags } from "../../engines/metrics/actor-places";
import { interviewStages, occurredWithin, ofTypes, utcDay } from "./metrics-sql";

/**
 * The additive parts of the metrics per UTC day of [fromDay, toDay), straight from `event`: rows of
 * (day, metric, dimension, numerator, denominator). The rollup job stores exactly these rows, and the report reads
 * the days the rollup has not reached yet through the same query, so both paths count alike.
 *
 * Cohort ratios (conversation → outcome, proposal → booking, application → interview) are filed under the day the
 * cohort started and look for the later event at any time; their past days change when it arrives, which is why
 * the job re-reads recent closed days.
 */
export function dailyMetricPartsSql(fromDay: string, toDay: string): SQL {
  const within = (alias: string) => occurredWithin(alias, fromDay, toDay);
  const day = utcDay("e");
  const rating = (field: string) =>
    sql`case when jsonb_typeof(e.properties->${field}) = 'number' then (e.properties->>${field})::float8 end`;
  return sql`
    select ${day} as day, 'coach_completion_rate' as metric, '' as dimension,
      (count(*) filter (where exists (
        select 1 from event o where o.subject_id = e.subject_id and ${ofTypes("o", "coach.outcome_shown")})))::float8 as numerator,
      count(*)::float8 as denominator
    from event e where ${ofTypes("e", "coach.conversation_started")} and ${within("e")} group by 1
    union all
    select ${day}, 'coach_acceptance_rate', '',
      (count(*) filter (where e.type = 'coach.recommendation_accepted'))::float8,
      (count(*) filter (where e.type = 'coach.outcome_shown'))::float8
    from event e where ${ofTypes("e", "coach.recommendation_accepted", "coach.outcome_shown")} and ${within("e")} group by 1
    union all
    select ${day}, 'coach_thumbs_up_share', '',
      (count(*) filter (where e.properties->>'thumbs' = 'up'))::float8,
      (count(*) filter (where e.properties->>'thumbs' in ('up', 'down')))::float8
    from event e where ${ofTypes("e", "coach.feedback")} and ${within("e")} group by 1
    having count(*) filter (where e.properties->>'thumbs' in ('up', 'down')) > 0
    union all
    select ${day}, 'coach_average_rating', '', sum(${rating("rating")}), count(${rating("rating")})::float8
    from event e where ${ofTypes("e", "coach.feedback")} and ${within("e")} group by 1
    having count(${rating("rating")}) > 0
    union all
    select ${day}, 'portfolio_views', '',
      count(distinct e.subject_id || ' ' || coalesce(e.visitor_key, e.actor_id, e.id))::float8, null::float8
    from event e where ${ofTypes("e", "portfolio.view")} and ${within("e")} group by 1
    union all
    select ${day}, 'employer_engagement',
      case e.type when 'portfolio.view' then 'views' when 'portfolio.video_play' then 'plays' else 'contact_clicks' end,
      count(*)::float8, null::float8
    from event e
    where ${ofTypes("e", "portfolio.view", "portfolio.video_play", "portfolio.link_click")} and ${within("e")}
      and e.properties->>'viewerRole' = 'recruiter'
      and (e.type <> 'portfolio.link_click' or e.properties->>'contact' = 'true')
    group by 1, 3
    union all
    select ${day}, 'scheduling_success_rate', '',
      (count(*) filter (where exists (
        select 1 from event b where b.subject_id = e.subject_id and ${ofTypes("b", "scheduling.booked")})))::float8,
      count(*)::float8
    from event e where ${ofTypes("e", "scheduling.proposed")} and ${within("e")} group by 1
    union all
    select ${day}, 'rescheduling_rate', '',
      (count(*) filter (where e.type = 'scheduling.rescheduled'))::float8,
      (count(*) filter (where e.type = 'scheduling.booked'))::float8
    from event e where ${ofTypes("e", "scheduling.rescheduled", "scheduling.booked")} and ${within("e")} group by 1
    union all
    select ${day}, 'scheduling_satisfaction', '', sum(${rating("rating")}), count(${rating("rating")})::float8
    from event e where ${ofTypes("e", "scheduling.rated")} and ${within("e")} group by 1
    having count(${rating("rating")}) > 0
    union all
    select ${day}, 'resume_exports', coalesce(e.properties->>'format', 'unknown'), count(*)::float8, null::float8
    from event e where ${ofTypes("e", "resume.exported")} and ${within("e")} group by 1, 3
    union all
    select ${day}, 'application_success_rate',
      coalesce(e.properties->>'experimentId' || ':' || (e.properties->>'variantId'), e.properties->>'variantId', ''),
      (count(*) filter (where exists (
        select 1 from event s where s.subject_id = e.subject_id and ${ofTypes("s", "application.stage_changed")}
          and s.properties->>'to' in (${sql.join(
            interviewStages.map((stage) => sql`${stage}`),
            sql`, `,
          )}))))::float8,
      count(*)::float8
    from event e where ${ofTypes("e", "application.submitted")} and ${within("e")} group by 1, 3`;
}

/** Per UTC day of [fromDay, toDay) and signed-in user: what they did, as `actorFlags` bits. */
export function dailyActorActivitySql(fromDay: string, toDay: string): SQL {
  return sql`
    select ${utcDay("e")} as day, e.actor_id,
      bit_or(case e.type
        when 'coach.message_sent' then ${actorFlags.active | actorFlags.coachMessage}::int
        when 'resume.created' then ${actorFlags.active | actorFlags.resumeCreated}::int
        else ${actorFlags.active}::int end) as flags
    from event e
    where e.actor_id is not null and ${occurredWithin("e", fromDay, toDay)}
    group by 1, 2`;
}
