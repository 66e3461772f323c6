import { type DbOrTx, schema } from "@hirefolio/db";
import type { UpdateCandidateProfile } from "@hirefolio/shared";
import { eq } from "drizzle-orm";

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
