import { type DbOrTx, isoTimestamp, schema } from "@hirefolio/db";
import { and, desc, eq, sql } from "drizzle-orm";

const { resumeAtsScore } = schema;

/** Analyses of one resume against one job description this close together are one point of its history. */
export const scorePointWindowMs = 60_000;

/** The most points a history returns: the newest ones. */
const maxPoints = 200;

/**
 * Records a score, updating the newest point of the same (resume, job description) instead when it is less than a
 * minute old, so re-analysing while editing does not flood the history. The first point of a series is never
 * updated: it is the baseline that "since you started with this job description" compares with. One statement,
 * since it runs on every analysis.
 */
export async function recordAtsScore(
  db: DbOrTx,
  values: { resumeId: string; jobDescriptionHash: string; score: number; now: Date },
) {
  const { resumeId, jobDescriptionHash, score, now } = values;
  const windowStart = new Date(now.getTime() - scorePointWindowMs).toISOString();
  const sameSeries = (t: string) =>
    sql`${sql.raw(t)}.resume_id = ${resumeId} and ${sql.raw(t)}.job_description_hash = ${jobDescriptionHash}`;
  await db.execute(sql`
    with recent as (
      select p.id from resume_ats_score p
      where ${sameSeries("p")} and p.created_at > ${windowStart}::timestamptz
        and exists (select 1 from resume_ats_score o where ${sameSeries("o")} and o.created_at < p.created_at)
      order by p.created_at desc
      limit 1
    ), updated as (
      update resume_ats_score set score = ${score} where id in (select id from recent) returning id
    )
    insert into resume_ats_score (id, resume_id, job_description_hash, score, created_at)
    select ${crypto.randomUUID()}, ${resumeId}, ${jobDescriptionHash}, ${score}, ${now.toISOString()}::timestamptz
    where not exists (select 1 from updated)`);
}

/** A resume's scores, oldest first; only those against one job description when its hash is given. */
export async function listAtsScores(db: DbOrTx, resumeId: string, jobDescriptionHash: string | undefined) {
  const rows = await db
    .select({
      jobDescriptionHash: resumeAtsScore.jobDescriptionHash,
      score: resumeAtsScore.score,
      createdAt: isoTimestamp(resumeAtsScore.createdAt),
    })
    .from(resumeAtsScore)
    .where(
      and(
        eq(resumeAtsScore.resumeId, resumeId),
        jobDescriptionHash ? eq(resumeAtsScore.jobDescriptionHash, jobDescriptionHash) : undefined,
      ),
    )
    .orderBy(desc(resumeAtsScore.createdAt), desc(resumeAtsScore.id))
    .limit(maxPoints);
  return rows.reverse();
}
