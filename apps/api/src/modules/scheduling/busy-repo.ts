import { type DbOrTx, schema } from "@hirefolio/db";
import { and, eq, gt, inArray, lt, lte, notInArray, or, sql } from "drizzle-orm";

const { calendarBusyBlock, interview, interviewParticipant } = schema;

/** Calendar busy time of the users overlapping [from, to). */
export function listCalendarBusy(db: DbOrTx, userIds: string[], from: Date, to: Date) {
  return db
    .select({ userId: calendarBusyBlock.userId, startAt: calendarBusyBlock.startAt, endAt: calendarBusyBlock.endAt })
    .from(calendarBusyBlock)
    .where(
      and(
        inArray(calendarBusyBlock.userId, userIds),
        lt(calendarBusyBlock.startAt, to),
        gt(calendarBusyBlock.endAt, from),
      ),
    );
}

/** Interviews left out of busy time: the one being rescheduled, or every session of a loop being moved. */
export type InterviewExclusion = string | readonly string[] | undefined;

/**
 * Interviews keeping the users busy in [from, to): confirmed ones and holds that have not expired. The ones
 * being rescheduled are left out, so they do not block their own new time.
 */
export function listInterviewBusy(
  db: DbOrTx,
  userIds: string[],
  from: Date,
  to: Date,
  now: Date,
  exclude: InterviewExclusion = undefined,
) {
  const excluded = typeof exclude === "string" ? [exclude] : (exclude ?? []);
  return db
    .select({
      userId: interviewParticipant.userId,
      status: interview.status,
      startAt: interview.startAt,
      endAt: interview.endAt,
      bufferBeforeMinutes: interview.bufferBeforeMinutes,
      bufferAfterMinutes: interview.bufferAfterMinutes,
    })
    .from(interviewParticipant)
    .innerJoin(interview, eq(interview.id, interviewParticipant.interviewId))
    .where(
      and(
        inArray(interviewParticipant.userId, userIds),
        eq(interviewParticipant.active, true),
        sql`${interviewParticipant.blocked} && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz)`,
        or(eq(interview.status, "confirmed"), gt(interview.holdExpiresAt, now)),
        excluded.length > 0 ? notInArray(interview.id, [...excluded]) : undefined,
      ),
    );
}

/**
 * Frees the slots of holds that ran out for these users, so the exclusion constraint does not count them.
 * Runs inside the booking transaction, before the insert the constraint checks.
 */
export async function releaseExpiredHolds(db: DbOrTx, userIds: string[], now: Date) {
  const expired = db
    .select({ id: interview.id })
    .from(interview)
    .where(and(eq(interview.status, "held"), lte(interview.holdExpiresAt, now)));
  await db
    .update(interviewParticipant)
    .set({ active: false })
    .where(
      and(
        inArray(interviewParticipant.userId, userIds),
        eq(interviewParticipant.active, true),
        inArray(interviewParticipant.interviewId, expired),
      ),
    );
}
