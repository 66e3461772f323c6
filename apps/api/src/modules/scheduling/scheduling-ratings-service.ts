import { type Db, type DbOrTx, schema } from "@hirefolio/db";
import type { SchedulingRating, SchedulingRatingInput } from "@hirefolio/shared";
import { and, eq } from "drizzle-orm";
import { problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import { recordEventOnce } from "../../platform/events/record-event";
import { findLinkedInterview } from "./interview-links-repo";
import { findInterview, type InterviewRow } from "./interviews-repo";
import { findLinkByToken } from "./scheduling-links-repo";
import { hashToken } from "./secret-token";

const { event } = schema;
const ratedType = "scheduling.rated";

/** The rating is the interview's `scheduling.rated` event: one per interview, updated when the candidate re-rates. */
async function findRating(db: DbOrTx, interviewId: string): Promise<SchedulingRating> {
  const [row] = await db
    .select({ properties: event.properties, occurredAt: event.occurredAt })
    .from(event)
    .where(and(eq(event.subjectId, interviewId), eq(event.type, ratedType)))
    .limit(1);
  if (!row) return { rating: null, comment: "", ratedAt: null };
  const { rating, comment } = row.properties as { rating?: number; comment?: string };
  return { rating: rating ?? null, comment: comment ?? "", ratedAt: row.occurredAt.toISOString() };
}

/**
 * Candidates rate how booking their interview went (1–5, with an optional comment), from the booking page of the
 * link they booked with or from the manage page of their invitation. The link's token is the only credential, as
 * for booking and managing; the rating stays possible after the interview, since it is about the booking.
 */
export function createSchedulingRatingsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function byManageToken(token: string) {
    const found = await findLinkedInterview(db, hashToken(token));
    if (!found) throw problems.notFound("Interview link");
    return found.interview;
  }

  /** The interview booked through a scheduling link; a link nobody booked with yet has nothing to rate. */
  async function byBookingToken(token: string) {
    const context = await findLinkByToken(db, token);
    if (!context) throw problems.notFound("Scheduling link");
    const row = context.link.interviewId ? await findInterview(db, context.link.interviewId) : undefined;
    if (row?.status !== "confirmed") {
      throw problems.conflict("Nothing is booked through this link yet; rate the booking once it is confirmed.");
    }
    return row;
  }

  async function rate(row: InterviewRow, input: SchedulingRatingInput): Promise<SchedulingRating> {
    const now = clock.now();
    const properties = { rating: input.rating, ...(input.comment ? { comment: input.comment } : {}) };
    await db.transaction(async (tx) => {
      await recordEventOnce(tx, {
        type: ratedType,
        actorId: await candidateOf(tx, row.id),
        organizationId: row.organizationId,
        subjectId: row.id,
        properties,
        occurredAt: now,
      });
      // A re-rating replaces the first: the satisfaction score counts each interview once, with its latest verdict.
      await tx
        .update(event)
        .set({ properties, occurredAt: now })
        .where(and(eq(event.subjectId, row.id), eq(event.type, ratedType)));
    });
    return findRating(db, row.id);
  }

  return {
    getByManageToken: async (token: string) => findRating(db, (await byManageToken(token)).id),
    rateByManageToken: async (token: string, input: SchedulingRatingInput) => rate(await byManageToken(token), input),
    getByBookingToken: async (token: string) => findRating(db, (await byBookingToken(token)).id),
    rateByBookingToken: async (token: string, input: SchedulingRatingInput) => rate(await byBookingToken(token), input),
  };
}

async function candidateOf(db: DbOrTx, interviewId: string) {
  const [row] = await db
    .select({ userId: schema.interviewParticipant.userId })
    .from(schema.interviewParticipant)
    .where(
      and(eq(schema.interviewParticipant.interviewId, interviewId), eq(schema.interviewParticipant.role, "candidate")),
    )
    .limit(1);
  return row?.userId ?? null;
}

export type SchedulingRatingsService = ReturnType<typeof createSchedulingRatingsService>;
