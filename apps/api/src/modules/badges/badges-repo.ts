import { type DbOrTx, isoTimestamp, schema } from "@hirefolio/db";
import { eq, sql } from "drizzle-orm";
import type { BadgeFacts } from "../../engines/badges/badge-rules";

const { application, badgeAward, candidateProfile, interview, portfolio, portfolioProject, resume, resumeAtsScore } =
  schema;
const { testimonial, user, videoIntro } = schema;

const count = (from: unknown, where: unknown) => sql<number>`(select count(*)::int from ${from} where ${where})`;

/** Everything the badge rules read about one user, in one round trip. */
export async function loadBadgeFacts(
  db: DbOrTx,
  userId: string,
): Promise<{ email: string; facts: BadgeFacts } | undefined> {
  const [row] = await db
    .select({
      email: user.email,
      applications: count(application, sql`${application.candidateId} = ${user.id}`),
      headline: sql<boolean>`coalesce(${candidateProfile.headline} <> '', false)`,
      location: sql<boolean>`coalesce(${candidateProfile.location} <> '', false)`,
      targetRole: sql<boolean>`coalesce(${candidateProfile.targetRole} <> '', false)`,
      skills: sql<number>`coalesce(cardinality(${candidateProfile.skills}), 0)::int`,
      avatar: sql<boolean>`${user.image} is not null`,
      bio: sql<boolean>`coalesce(btrim(${portfolio.bio}) <> '', false)`,
      readyVideos: count(videoIntro, sql`${videoIntro.userId} = ${user.id} and ${videoIntro.status} = 'ready'`),
      bestAtsScore: sql<number | null>`(select max(${resumeAtsScore.score})::int from ${resumeAtsScore}
        join ${resume} on ${resume.id} = ${resumeAtsScore.resumeId} where ${resume.ownerId} = ${user.id})`,
      // Held slots are only reservations; a confirmed interview was booked, even if it is later cancelled.
      bookedInterviews: count(
        interview,
        sql`${interview.status} = 'confirmed' and ${interview.applicationId} in
          (select ${application.id} from ${application} where ${application.candidateId} = ${user.id})`,
      ),
      publicPortfolio: sql<boolean>`coalesce(${portfolio.visibility} = 'public', false)`,
      portfolioProjects: count(portfolioProject, sql`${portfolioProject.userId} = ${user.id}`),
      approvedTestimonials: count(
        testimonial,
        sql`${testimonial.userId} = ${user.id} and ${testimonial.status} = 'approved'`,
      ),
    })
    .from(user)
    .leftJoin(candidateProfile, eq(candidateProfile.userId, user.id))
    .leftJoin(portfolio, eq(portfolio.userId, user.id))
    .where(eq(user.id, userId))
    .limit(1);
  if (!row) return undefined;
  const { email, headline, location, targetRole, skills, avatar, bio, ...counts } = row;
  return { email, facts: { ...counts, profile: { headline, location, targetRole, skills, avatar, bio } } };
}

const awardColumns = {
  id: badgeAward.id,
  userId: badgeAward.userId,
  badge: badgeAward.badge,
  awardedAt: isoTimestamp(badgeAward.awardedAt),
  credential: badgeAward.credential,
  jws: badgeAward.jws,
  revoked: badgeAward.revoked,
};

export function listAwards(db: DbOrTx, userId: string) {
  return db.select(awardColumns).from(badgeAward).where(eq(badgeAward.userId, userId));
}

export async function findAward(db: DbOrTx, id: string) {
  const [row] = await db.select(awardColumns).from(badgeAward).where(eq(badgeAward.id, id)).limit(1);
  return row;
}

/** Awards once: the unique (user, badge) index makes a second evaluation, or a concurrent one, a no-op. */
export async function insertAward(
  db: DbOrTx,
  values: { id: string; userId: string; badge: string; awardedAt: Date; credential: object; jws: string },
) {
  const inserted = await db
    .insert(badgeAward)
    .values({ ...values, credential: { ...values.credential } })
    .onConflictDoNothing({ target: [badgeAward.userId, badgeAward.badge] })
    .returning({ id: badgeAward.id });
  return inserted.length > 0;
}
