import { type DbOrTx, schema } from "@hirefolio/db";
import { eq } from "drizzle-orm";
import { recordEventOnce } from "../../platform/events/record-event";

const { user, candidateProfile, portfolio } = schema;

/** As many skills as the profile's own completeness asks for (see profileCompleteness). */
const minimumSkills = 3;

/**
 * The fields `profile_completion_rate` names, and where they live: the account (name, photo), the candidate profile
 * (headline, location, target role, skills) and the portfolio page (its bio is the profile's summary).
 */
export async function completedProfileFields(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({
      role: user.role,
      name: user.name,
      image: user.image,
      headline: candidateProfile.headline,
      location: candidateProfile.location,
      targetRole: candidateProfile.targetRole,
      skills: candidateProfile.skills,
      bio: portfolio.bio,
    })
    .from(user)
    .leftJoin(candidateProfile, eq(candidateProfile.userId, user.id))
    .leftJoin(portfolio, eq(portfolio.userId, user.id))
    .where(eq(user.id, userId));
  if (!row) return undefined;
  const filled = (value: string | null) => (value ?? "").trim().length > 0;
  const fields = {
    name: filled(row.name),
    headline: filled(row.headline),
    location: filled(row.location),
    summary: filled(row.bio),
    photo: filled(row.image),
    targetRole: filled(row.targetRole),
    skills: (row.skills ?? []).length >= minimumSkills,
  };
  return { role: row.role, fields };
}

/**
 * Records `profile.completed` the first time a candidate's profile has every defined field. Call it in the
 * transaction that changed one of them, after the change; later edits (even emptying a field) record nothing more.
 */
export async function recordProfileCompletion(db: DbOrTx, userId: string, now: Date) {
  const profile = await completedProfileFields(db, userId);
  if (profile?.role !== "candidate") return;
  const names = Object.keys(profile.fields) as (keyof typeof profile.fields)[];
  if (!names.every((name) => profile.fields[name])) return;
  await recordEventOnce(db, {
    type: "profile.completed",
    actorId: userId,
    subjectId: userId,
    properties: { fields: names },
    occurredAt: now,
  });
}
