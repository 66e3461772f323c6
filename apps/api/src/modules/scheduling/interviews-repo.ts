import { type DbOrTx, schema } from "@hirefolio/db";
import { and, asc, eq, gt, inArray, lt, ne, or, sql } from "drizzle-orm";

const { calendarBusyBlock, interview, interviewParticipant, member, user } = schema;

export type InterviewRow = typeof interview.$inferSelect;
export type NewInterview = typeof interview.$inferInsert;

export interface NewParticipant {
  userId: string;
  role: "interviewer" | "candidate";
  required: boolean;
}

const minuteMs = 60_000;

/** The time an interview keeps its participants busy, buffers included, as a tstzrange literal. */
export function blockedRange(
  row: Pick<InterviewRow, "startAt" | "endAt" | "bufferBeforeMinutes" | "bufferAfterMinutes">,
) {
  const from = new Date(row.startAt.getTime() - row.bufferBeforeMinutes * minuteMs);
  const to = new Date(row.endAt.getTime() + row.bufferAfterMinutes * minuteMs);
  return `[${from.toISOString()},${to.toISOString()})`;
}

/** Inserts the interview and its participants; the exclusion constraint fails the insert on any overlap. */
export async function insertInterview(db: DbOrTx, row: NewInterview & InterviewTimes, participants: NewParticipant[]) {
  await db.insert(interview).values(row);
  const blocked = blockedRange(row);
  await db
    .insert(interviewParticipant)
    .values(participants.map((p) => ({ ...p, interviewId: row.id, blocked, active: true })));
}

type InterviewTimes = Pick<InterviewRow, "startAt" | "endAt" | "bufferBeforeMinutes" | "bufferAfterMinutes">;

export async function findInterview(db: DbOrTx, id: string): Promise<InterviewRow | undefined> {
  const [row] = await db.select().from(interview).where(eq(interview.id, id));
  return row;
}

/** The sessions of a loop, in order. */
export function listLoopInterviews(db: DbOrTx, loopId: string): Promise<InterviewRow[]> {
  return db.select().from(interview).where(eq(interview.loopId, loopId)).orderBy(asc(interview.startAt));
}

export function listParticipants(db: DbOrTx, interviewIds: string[]) {
  if (interviewIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      interviewId: interviewParticipant.interviewId,
      userId: interviewParticipant.userId,
      name: user.name,
      email: user.email,
      role: interviewParticipant.role,
      required: interviewParticipant.required,
      response: interviewParticipant.response,
    })
    .from(interviewParticipant)
    .innerJoin(user, eq(user.id, interviewParticipant.userId))
    .where(inArray(interviewParticipant.interviewId, interviewIds))
    .orderBy(asc(interviewParticipant.role), asc(user.name));
}
export type ParticipantRow = Awaited<ReturnType<typeof listParticipants>>[number];

/** Moves an interview (compare-and-set on its sequence) and its participants' blocked ranges. */
export async function moveInterview(db: DbOrTx, row: InterviewRow, times: InterviewTimes, now: Date) {
  const moved = await db
    .update(interview)
    .set({ startAt: times.startAt, endAt: times.endAt, sequence: row.sequence + 1, updatedAt: now })
    .where(and(eq(interview.id, row.id), eq(interview.sequence, row.sequence), ne(interview.status, "cancelled")))
    .returning({ id: interview.id });
  if (moved.length === 0) return false;
  await db
    .update(interviewParticipant)
    .set({ blocked: blockedRange({ ...row, ...times }), response: "needs-action" })
    .where(eq(interviewParticipant.interviewId, row.id));
  return true;
}

export async function cancelInterview(db: DbOrTx, row: InterviewRow, now: Date) {
  const cancelled = await db
    .update(interview)
    .set({ status: "cancelled", sequence: row.sequence + 1, holdExpiresAt: null, updatedAt: now })
    .where(and(eq(interview.id, row.id), eq(interview.sequence, row.sequence), ne(interview.status, "cancelled")))
    .returning({ id: interview.id });
  if (cancelled.length === 0) return false;
  await db.update(interviewParticipant).set({ active: false }).where(eq(interviewParticipant.interviewId, row.id));
  return true;
}

/** Turns a hold into a booking; false when it ran out or is gone. */
export async function confirmHold(db: DbOrTx, id: string, now: Date) {
  const confirmed = await db
    .update(interview)
    .set({ status: "confirmed", holdExpiresAt: null, updatedAt: now })
    .where(and(eq(interview.id, id), eq(interview.status, "held"), gt(interview.holdExpiresAt, now)))
    .returning({ id: interview.id });
  return confirmed.length > 0;
}

export async function setResponse(db: DbOrTx, interviewId: string, userId: string, response: "accepted" | "declined") {
  await db
    .update(interviewParticipant)
    .set({ response })
    .where(and(eq(interviewParticipant.interviewId, interviewId), eq(interviewParticipant.userId, userId)));
}

/**
 * Interviews overlapping [from, to) that the user takes part in or whose employer the user belongs to, for a
 * week view. Expired holds are left out.
 */
export function listVisibleInterviews(db: DbOrTx, userId: string, from: Date, to: Date, now: Date) {
  const asParticipant = db
    .select({ id: interviewParticipant.interviewId })
    .from(interviewParticipant)
    .where(eq(interviewParticipant.userId, userId));
  const myEmployers = db.select({ id: member.organizationId }).from(member).where(eq(member.userId, userId));
  return db
    .select()
    .from(interview)
    .where(
      and(
        lt(interview.startAt, to),
        gt(interview.endAt, from),
        or(inArray(interview.id, asParticipant), inArray(interview.organizationId, myEmployers)),
        or(ne(interview.status, "held"), gt(interview.holdExpiresAt, now)),
      ),
    )
    .orderBy(asc(interview.startAt), asc(interview.id))
    .limit(500);
}

/** The latest interview of an application, for the next round's panel. */
export async function latestInterviewOf(db: DbOrTx, applicationId: string) {
  const [row] = await db
    .select()
    .from(interview)
    .where(and(eq(interview.applicationId, applicationId), ne(interview.status, "cancelled")))
    .orderBy(sql`${interview.startAt} desc`)
    .limit(1);
  return row;
}

/** Those of `userIds` who are members of the employer, with their names; the others cannot interview for it. */
export function listEmployerMembers(db: DbOrTx, employerId: string, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .select({ id: user.id, name: user.name })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(member.organizationId, employerId), inArray(member.userId, userIds)));
}

/**
 * Participants whose imported calendar overlaps the interview: someone accepted a clashing meeting after it was
 * booked. The week view highlights them and the recruiter reschedules.
 */
export function listCalendarConflicts(db: DbOrTx, interviewIds: string[]) {
  if (interviewIds.length === 0) return Promise.resolve([]);
  return db
    .selectDistinct({ interviewId: interviewParticipant.interviewId, userId: interviewParticipant.userId })
    .from(interviewParticipant)
    .innerJoin(interview, eq(interview.id, interviewParticipant.interviewId))
    .innerJoin(
      calendarBusyBlock,
      and(
        eq(calendarBusyBlock.userId, interviewParticipant.userId),
        lt(calendarBusyBlock.startAt, interview.endAt),
        gt(calendarBusyBlock.endAt, interview.startAt),
      ),
    )
    .where(and(inArray(interviewParticipant.interviewId, interviewIds), ne(interview.status, "cancelled")));
}

/** The user's confirmed interviews still ahead that their imported calendar now overlaps. */
export function listUpcomingCalendarConflicts(db: DbOrTx, userId: string, now: Date) {
  return db
    .selectDistinct({ interview })
    .from(interviewParticipant)
    .innerJoin(interview, eq(interview.id, interviewParticipant.interviewId))
    .innerJoin(
      calendarBusyBlock,
      and(
        eq(calendarBusyBlock.userId, interviewParticipant.userId),
        lt(calendarBusyBlock.startAt, interview.endAt),
        gt(calendarBusyBlock.endAt, interview.startAt),
      ),
    )
    .where(and(eq(interviewParticipant.userId, userId), eq(interview.status, "confirmed"), gt(interview.startAt, now)));
}

export async function findUserContact(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(user)
    .where(eq(user.id, userId));
  return row;
}
