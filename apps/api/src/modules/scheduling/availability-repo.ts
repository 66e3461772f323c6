import { type DbOrTx, schema } from "@hirefolio/db";
import type { AvailabilityInput } from "@hirefolio/shared";
import { eq, inArray } from "drizzle-orm";

const { availabilityProfile, candidateProfile } = schema;
export type AvailabilityRow = typeof availabilityProfile.$inferSelect;

export async function findAvailability(db: DbOrTx, userId: string): Promise<AvailabilityRow | undefined> {
  const [row] = await db.select().from(availabilityProfile).where(eq(availabilityProfile.userId, userId));
  return row;
}

export function listAvailability(db: DbOrTx, userIds: string[]): Promise<AvailabilityRow[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.select().from(availabilityProfile).where(inArray(availabilityProfile.userId, userIds));
}

export async function saveAvailability(db: DbOrTx, userId: string, input: AvailabilityInput, now: Date) {
  const values = { ...input, updatedAt: now };
  const [row] = await db
    .insert(availabilityProfile)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: availabilityProfile.userId, set: values })
    .returning();
  return row!;
}

/** The zones people set on their candidate profile: what to assume before they save availability. */
export async function listProfileTimeZones(db: DbOrTx, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: candidateProfile.userId, timeZone: candidateProfile.timezone })
    .from(candidateProfile)
    .where(inArray(candidateProfile.userId, userIds));
  return new Map(rows.map((r) => [r.userId, r.timeZone]));
}
