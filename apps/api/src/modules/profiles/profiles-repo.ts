import { type DbOrTx, schema } from "@hirefolio/db";
import type { UpdateCandidateProfile } from "@hirefolio/shared";
import { and, eq, or, sql } from "drizzle-orm";

const { candidateProfile } = schema;

/** Every user has a profile; it is made on first read so OAuth and seeded users need no extra step. */
export async function findOrCreateProfile(db: DbOrTx, userId: string, now: Date) {
  const [existing] = await db.select().from(candidateProfile).where(eq(candidateProfile.userId, userId)).limit(1);
  if (existing) return existing;
  await db.insert(candidateProfile).values({ userId, createdAt: now, updatedAt: now }).onConflictDoNothing();
  const [created] = await db.select().from(candidateProfile).where(eq(candidateProfile.userId, userId)).limit(1);
  if (!created) throw new Error("profile was not created");
  return created;
}

export async function updateProfile(db: DbOrTx, userId: string, patch: UpdateCandidateProfile, now: Date) {
  await db
    .update(candidateProfile)
    .set({ ...patch, updatedAt: now })
    .where(eq(candidateProfile.userId, userId));
}

export type ProfileRow = typeof candidateProfile.$inferSelect;

/**
 * Sets each given field only where the profile's is still empty, in one statement, so a value the user typed in
 * the meantime is never overwritten.
 */
export async function fillEmptyFields(
  db: DbOrTx,
  userId: string,
  fields: Partial<Record<"headline" | "location" | "targetRole", string>>,
  now: Date,
) {
  const given = Object.entries(fields).flatMap(([name, value]) =>
    value ? [{ name, value, column: candidateProfile[name as keyof typeof fields] }] : [],
  );
  if (given.length === 0) return;
  await db
    .update(candidateProfile)
    .set({
      ...Object.fromEntries(
        given.map(({ name, value, column }) => [name, sql`case when ${column} = '' then ${value} else ${column} end`]),
      ),
      updatedAt: now,
    })
    // Untouched when every given field is already filled, so its updatedAt stays the user's.
    .where(and(eq(candidateProfile.userId, userId), or(...given.map(({ column }) => eq(column, "")))));
}
