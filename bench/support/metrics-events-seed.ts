import type { DatabaseHandle } from "@hirefolio/db";
import { sql } from "drizzle-orm";
import { eventCatalog } from "../../apps/api/src/platform/events/event-catalog";

const userCount = 5000;
const batchSize = 100_000;

/** Event types with weights, roughly as often as a busy Hirefolio would record them. */
const typeWeights: [keyof typeof eventCatalog, number][] = [
  ["account.signed_in", 14],
  ["portfolio.view", 20],
  ["portfolio.video_play", 4],
  ["portfolio.link_click", 2],
  ["coach.conversation_started", 6],
  ["coach.message_sent", 16],
  ["coach.outcome_shown", 4],
  ["coach.recommendation_accepted", 2],
  ["coach.feedback", 3],
  ["resume.created", 2],
  ["resume.analysed", 5],
  ["resume.exported", 3],
  ["resume.suggestion_drafted", 3],
  ["application.submitted", 4],
  ["application.stage_changed", 3],
  ["scheduling.proposed", 3],
  ["scheduling.booked", 2],
  ["scheduling.rescheduled", 1],
  ["scheduling.rated", 1],
  ["video.uploaded", 1],
  ["video.processed", 1],
  ["profile.completed", 1],
];

const weightedTypes = typeWeights.flatMap(([type, weight]) => Array.from({ length: weight }, () => type));
const featureOf = sql.join(
  typeWeights.map(([type]) => sql`(${type}, ${eventCatalog[type].feature})`),
  sql`, `,
);

/** Rows [first, last] of the synthetic events, generated in SQL (no round trips per row). */
function insertBatch(first: number, last: number, total: number) {
  const types = `{${weightedTypes.join(",")}}`;
  return sql`
    insert into event (id, actor_id, feature, type, subject_id, visitor_key, properties, occurred_at)
    select 'bench-' || g, case when anonymous then null else 'bench-user-' || (1 + floor(r1 * ${userCount})::int) end,
      f.feature, b.type,
      case
        when b.type like 'coach.%' then 'conv-' || (g % 90000)
        when b.type like 'scheduling.%' then 'proposal-' || (g % 25000)
        when b.type like 'application.%' then 'application-' || (g % 40000)
        when b.type like 'resume.%' then 'resume-' || (g % 20000)
        when b.type like 'portfolio.%' then 'bench-user-' || (1 + floor(r2 * 800)::int)
        else 'bench-user-' || (1 + floor(r1 * ${userCount})::int) end,
      case when b.type like 'portfolio.%' then 'visitor-' || floor(r3 * 100000)::int end,
      case b.type
        when 'coach.feedback' then jsonb_build_object('thumbs', case when r2 < 0.75 then 'up' else 'down' end,
          'rating', case when r3 < 0.5 then 3 + floor(r2 * 3)::int end)
        when 'scheduling.rated' then jsonb_build_object('rating', 2 + floor(r2 * 4)::int)
        when 'scheduling.booked' then jsonb_build_object('interviewId', 'i-' || g,
          'proposedAt', to_char((at - make_interval(hours => 1 + floor(r3 * 96)::int)) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
        when 'resume.analysed' then jsonb_build_object('score', 40 + floor(r2 * 55)::int)
        when 'resume.exported' then jsonb_build_object('format', (array['pdf', 'pdf', 'docx', 'json'])[1 + floor(r2 * 4)::int])
        when 'application.submitted' then case when r2 < 0.3
          then jsonb_build_object('experimentId', 'exp-' || (g % 50), 'variantId', (array['A', 'B'])[1 + floor(r3 * 2)::int])
          else '{}'::jsonb end
        when 'application.stage_changed' then jsonb_build_object('from', 'screening',
          'to', (array['screening', 'interview', 'offer', 'rejected'])[1 + floor(r2 * 4)::int])
        when 'portfolio.link_click' then jsonb_build_object('target', 'mailto:', 'contact', r2 < 0.5,
          'viewerRole', case when not anonymous then 'recruiter' end)
        else case when b.type like 'portfolio.%' and not anonymous then '{"viewerRole":"recruiter"}'::jsonb
          else '{}'::jsonb end
      end,
      at
    from (
      select typed.*, (typed.type like 'portfolio.%' and typed.r1 < 0.85) as anonymous
      from (
        select g, r1, r2, r3, (${types}::text[])[1 + floor(r0 * ${weightedTypes.length})::int] as type,
          -- Events arrive in time order (as an append-only log does), a few minutes of jitter apart.
          now() - make_interval(secs => floor((${total}::float8 - g) / ${total} * 365 * 86400 + r4 * 600)::int) as at
        from (select g, random() r0, random() r1, random() r2, random() r3, random() r4
          from generate_series(${first}::int, ${last}::int) g) r
      ) typed
    ) b
    join (values ${featureOf}) as f(type, feature) on f.type = b.type`;
}

/**
 * Inserts 5,000 users and `eventCount` synthetic events spread over the last 365 days, generated in SQL in batches
 * (no round trip per row), then ANALYZEs. Conversations, proposals and applications repeat, so cohorts convert.
 */
export async function seedSyntheticEvents(handle: DatabaseHandle, eventCount: number) {
  const { db } = handle;
  await db.execute(sql`
    insert into "user" (id, name, email, email_verified, role)
    select 'bench-user-' || g, 'Bench User ' || g, 'bench-' || g || '@bench.test', true,
      case when g % 10 = 0 then 'recruiter' else 'candidate' end
    from generate_series(1, ${userCount}) g`);
  const started = performance.now();
  for (let first = 1; first <= eventCount; first += batchSize) {
    await db.execute(insertBatch(first, Math.min(eventCount, first + batchSize - 1), eventCount));
  }
  await db.execute(sql`analyze`);
  const [row] = (await db.execute(sql`select count(*)::int as n from event`)).rows as { n: number }[];
  return { events: row?.n ?? 0, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) };
}
