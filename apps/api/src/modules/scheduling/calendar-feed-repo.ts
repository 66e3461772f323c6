import { type DbOrTx, schema } from "@hirefolio/db";
import { and, asc, desc, eq, gt, isNull, ne, or } from "drizzle-orm";

const { calendarFeedToken, interview, interviewParticipant } = schema;

export async function revokeFeeds(db: DbOrTx, userId: string, now: Date) {
  await db
    .update(calendarFeedToken)
    .set({ revokedAt: now })
    .where(and(eq(calendarFeedToken.userId, userId), isNull(calendarFeedToken.revokedAt)));
}

export async function insertFeed(db: DbOrTx, userId: string, tokenHash: string, now: Date) {
  await db.insert(calendarFeedToken).values({ id: crypto.randomUUID(), userId, tokenHash, createdAt: now });
}

/** When the user's live feed was made, if they have one. */
export async function findLiveFeedCreatedAt(db: DbOrTx, userId: string): Promise<Date | undefined> {
  const [row] = await db
    .select({ createdAt: calendarFeedToken.createdAt })
    .from(calendarFeedToken)
    .where(and(eq(calendarFeedToken.userId, userId), isNull(calendarFeedToken.revokedAt)))
    .orderBy(desc(calendarFeedToken.createdAt))
    .limit(1);
  return row?.createdAt;
}

/** The owner of a feed token that was not revoked. */
export async function findFeedOwner(db: DbOrTx, tokenHash: string): Promise<string | undefined> {
  const [row] = await db
    .select({ userId: calendarFeedToken.userId })
    .from(calendarFeedToken)
    .where(and(eq(calendarFeedToken.tokenHash, tokenHash), isNull(calendarFeedToken.revokedAt)));
  return row?.userId;
}

/** The user's interviews ending after `from`, cancelled ones included so calendar apps drop them. */
export function listFeedInterviews(db: DbOrTx, userId: string, from: Date, now: Date) {
  return db
    .select({ interview })
    .from(interviewParticipant)
    .innerJoin(interview, eq(interview.id, interviewParticipant.interviewId))
    .where(
      and(
        eq(interviewParticipant.userId, userId),
        gt(interview.endAt, from),
        or(ne(interview.status, "held"), gt(interview.holdExpiresAt, now)),
      ),
    )
    .orderBy(asc(interview.startAt))
    .limit(2_000);
}
