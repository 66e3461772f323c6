import { type DbOrTx, schema } from "@hirefolio/db";
import { and, count, eq, gt, gte, isNull, ne, sql } from "drizzle-orm";
import type { SubscriptionState } from "../../engines/billing/subscription-state";
import { recordEvent } from "../../platform/events/record-event";

const {
  billingAccount,
  stripeEvent,
  careerChatMessage,
  careerChatConversation,
  event,
  resumeExperiment,
  member,
  invitation,
} = schema;

export type BillingAccountRow = typeof billingAccount.$inferSelect;
/** Who an account belongs to: a person or an employer organisation. */
export type BillingOwner = { userId: string } | { organizationId: string };

const ownerCondition = (owner: BillingOwner) =>
  "userId" in owner ? eq(billingAccount.userId, owner.userId) : eq(billingAccount.organizationId, owner.organizationId);

export async function findAccount(db: DbOrTx, owner: BillingOwner) {
  const [row] = await db.select().from(billingAccount).where(ownerCondition(owner)).limit(1);
  return row;
}

export async function findAccountsOfOrganizations(db: DbOrTx, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db.select().from(billingAccount).where(sql`${billingAccount.organizationId} in ${organizationIds}`);
}

/** Locks the row: two webhooks for one customer are applied one after the other, each seeing the other's result. */
export async function lockAccountByCustomer(tx: DbOrTx, stripeCustomerId: string) {
  const [row] = await tx
    .select()
    .from(billingAccount)
    .where(eq(billingAccount.stripeCustomerId, stripeCustomerId))
    .for("update")
    .limit(1);
  return row;
}

/** Creates the owner's account unless a concurrent request already did; returns the stored one either way. */
export async function insertAccount(db: DbOrTx, owner: BillingOwner, stripeCustomerId: string, now: Date) {
  await db
    .insert(billingAccount)
    .values({ id: crypto.randomUUID(), ...owner, stripeCustomerId, updatedAt: now })
    .onConflictDoNothing();
  return (await findAccount(db, owner))!;
}

export async function updateState(db: DbOrTx, id: string, state: SubscriptionState, now: Date) {
  await db
    .update(billingAccount)
    .set({
      plan: state.plan,
      stripeSubscriptionId: state.subscriptionId,
      status: state.status,
      currentPeriodEnd: state.currentPeriodEnd,
      cancelAtPeriodEnd: state.cancelAtPeriodEnd,
      seats: state.seats,
      stateAt: state.stateAt,
      updatedAt: now,
    })
    .where(eq(billingAccount.id, id));
}

/** True when this is the first delivery of the event; a replay inserts nothing. */
export async function claimEvent(tx: DbOrTx, values: { id: string; type: string; now: Date }) {
  const rows = await tx
    .insert(stripeEvent)
    .values({ id: values.id, type: values.type, receivedAt: values.now, processedAt: values.now })
    .onConflictDoNothing()
    .returning({ id: stripeEvent.id });
  return rows.length > 0;
}

export async function eventSeen(db: DbOrTx, id: string) {
  const [row] = await db.select({ id: stripeEvent.id }).from(stripeEvent).where(eq(stripeEvent.id, id)).limit(1);
  return Boolean(row);
}

/** Questions the user asked the coach since `since`; answers are the coach's and do not count. */
export async function countCoachQuestions(db: DbOrTx, userId: string, since: Date) {
  const [row] = await db
    .select({ n: count() })
    .from(careerChatMessage)
    .innerJoin(careerChatConversation, eq(careerChatConversation.id, careerChatMessage.conversationId))
    .where(
      and(
        eq(careerChatConversation.userId, userId),
        eq(careerChatMessage.role, "user"),
        gte(careerChatMessage.createdAt, since),
      ),
    );
  return row?.n ?? 0;
}

export const suggestionDraftedEvent = "resume.suggestion_drafted";

/** Drafts are not stored (only accepted or dismissed ones are), so each draft is an event and counted from there. */
export async function insertSuggestionDraftEvent(db: DbOrTx, userId: string, resumeId: string, now: Date) {
  await recordEvent(db, { type: suggestionDraftedEvent, actorId: userId, subjectId: resumeId, occurredAt: now });
}

export async function countSuggestionDrafts(db: DbOrTx, userId: string, since: Date) {
  const [row] = await db
    .select({ n: count() })
    .from(event)
    .where(and(eq(event.actorId, userId), eq(event.type, suggestionDraftedEvent), gte(event.occurredAt, since)));
  return row?.n ?? 0;
}

export async function countRunningExperiments(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(resumeExperiment)
    .where(and(eq(resumeExperiment.ownerId, userId), isNull(resumeExperiment.endedAt)));
  return row?.n ?? 0;
}

/** Seats are the interviewers an employer schedules with: its members other than the owners who run it. */
export async function countSeatsUsed(db: DbOrTx, organizationId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(member)
    .where(and(eq(member.organizationId, organizationId), ne(member.role, "owner")));
  return row?.n ?? 0;
}

/**
 * Invitations still open: each holds the seat its invitee will take. `exceptEmail`'s is left out because inviting
 * that address again replaces it.
 */
export async function countPendingInvitations(db: DbOrTx, organizationId: string, now: Date, exceptEmail?: string) {
  const [row] = await db
    .select({ n: count() })
    .from(invitation)
    .where(
      and(
        eq(invitation.organizationId, organizationId),
        eq(invitation.status, "pending"),
        gt(invitation.expiresAt, now),
        exceptEmail ? ne(invitation.email, exceptEmail.toLowerCase()) : undefined,
      ),
    );
  return row?.n ?? 0;
}

export async function ownerEmails(db: DbOrTx, account: BillingAccountRow) {
  const { user } = schema;
  if (account.userId) {
    return db.select({ email: user.email, name: user.name }).from(user).where(eq(user.id, account.userId));
  }
  return db
    .select({ email: user.email, name: user.name })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(member.organizationId, account.organizationId ?? ""), sql`${member.role} in ('owner', 'admin')`));
}
