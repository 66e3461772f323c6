import { type DbOrTx, schema } from "@hirefolio/db";
import { and, desc, eq, sql } from "drizzle-orm";
import type { SchedulingActor } from "../../platform/events/event-catalog";
import { recordEvent } from "../../platform/events/record-event";
import type { InterviewRow } from "./interviews-repo";

const { event } = schema;

/**
 * What a booking answers: a self-scheduling link sent, or suggested slots offered for an application. `null` when
 * the hiring team booked a time without either; such a booking still counts as booked (for the rescheduling rate)
 * but belongs to no proposal, so it moves neither the success rate nor the time to schedule.
 */
export type Proposal = { id: string; proposedAt: Date } | null;

export async function recordProposal(
  db: DbOrTx,
  proposal: { id: string; kind: "link" | "suggested_slots"; applicationId: string; organizationId: string },
  actorId: string,
  now: Date,
) {
  await recordEvent(db, {
    type: "scheduling.proposed",
    actorId,
    organizationId: proposal.organizationId,
    subjectId: proposal.id,
    properties: { applicationId: proposal.applicationId, kind: proposal.kind },
    occurredAt: now,
  });
}

/** The latest suggested-slots proposal for the application that no booking has answered yet. */
export async function openSuggestionProposal(db: DbOrTx, applicationId: string): Promise<Proposal> {
  const booked = sql`exists (
    select 1 from ${event} as answered
    where answered.subject_id = ${event.subjectId} and answered.type = 'scheduling.booked'
  )`;
  const [row] = await db
    .select({ id: event.subjectId, proposedAt: event.occurredAt })
    .from(event)
    .where(
      and(
        eq(event.type, "scheduling.proposed"),
        sql`${event.properties}->>'applicationId' = ${applicationId}`,
        sql`${event.properties}->>'kind' = 'suggested_slots'`,
        sql`not ${booked}`,
      ),
    )
    .orderBy(desc(event.occurredAt))
    .limit(1);
  return row?.id ? { id: row.id, proposedAt: row.proposedAt } : null;
}

/**
 * Suggested slots offered for an application are a proposal, once: asking again while the first offer is still
 * unanswered is the same proposal, so refreshing the suggestions does not lower the success rate.
 */
export async function recordSuggestionsOffered(
  db: DbOrTx,
  application: { id: string; employerId: string },
  actorId: string,
  now: Date,
) {
  if (await openSuggestionProposal(db, application.id)) return;
  await recordProposal(
    db,
    {
      id: crypto.randomUUID(),
      kind: "suggested_slots",
      applicationId: application.id,
      organizationId: application.employerId,
    },
    actorId,
    now,
  );
}

/** A confirmed interview; written in the transaction that confirms it. */
export async function recordBooked(
  db: DbOrTx,
  row: Pick<InterviewRow, "id" | "organizationId" | "applicationId">,
  proposal: Proposal,
  actorId: string | null,
  now: Date,
) {
  await recordEvent(db, {
    type: "scheduling.booked",
    actorId,
    organizationId: row.organizationId,
    subjectId: proposal?.id ?? null,
    properties: {
      interviewId: row.id,
      proposedAt: proposal?.proposedAt.toISOString() ?? null,
      applicationId: row.applicationId,
    },
    occurredAt: now,
  });
}

/** Who asked for a change, as the `by` of rescheduled and cancelled events. */
export interface ChangeRequest {
  by: SchedulingActor;
  actorId: string | null;
}

export async function recordInterviewChange(
  db: DbOrTx,
  type: "scheduling.rescheduled" | "scheduling.cancelled",
  row: InterviewRow,
  request: ChangeRequest,
  now: Date,
) {
  await recordEvent(db, {
    type,
    actorId: request.actorId,
    organizationId: row.organizationId,
    subjectId: row.id,
    properties: { by: request.by },
    occurredAt: now,
  });
}
