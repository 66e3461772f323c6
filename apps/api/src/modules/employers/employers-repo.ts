import { type DbOrTx, schema } from "@hirefolio/db";
import { and, asc, eq, gt, type SQL } from "drizzle-orm";

const { member, organization, invitation, user } = schema;

export type MemberRole = "owner" | "admin" | "member";

export async function findMembership(db: DbOrTx, userId: string, employerId: string): Promise<MemberRole | undefined> {
  const [row] = await db
    .select({ role: member.role })
    .from(member)
    .where(and(eq(member.userId, userId), eq(member.organizationId, employerId)))
    .limit(1);
  return row?.role as MemberRole | undefined;
}

const employerColumns = {
  id: organization.id,
  name: organization.name,
  slug: organization.slug,
  website: organization.website,
  createdAt: organization.createdAt,
  myRole: member.role,
};

/** The employers a user belongs to, with their role in each; one employer when employerId is given. */
export function listEmployersOfUser(db: DbOrTx, userId: string, employerId?: string) {
  return db
    .select(employerColumns)
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
    .where(and(eq(member.userId, userId), employerId ? eq(member.organizationId, employerId) : undefined))
    .orderBy(asc(organization.name));
}

export async function slugTaken(db: DbOrTx, slug: string) {
  const [row] = await db.select({ id: organization.id }).from(organization).where(eq(organization.slug, slug)).limit(1);
  return Boolean(row);
}

export function listMembers(db: DbOrTx, employerId: string) {
  return db
    .select({ userId: user.id, name: user.name, email: user.email, role: member.role, joinedAt: member.createdAt })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(eq(member.organizationId, employerId))
    .orderBy(asc(member.createdAt));
}

const invitationColumns = {
  id: invitation.id,
  employerId: invitation.organizationId,
  employerName: organization.name,
  email: invitation.email,
  role: invitation.role,
  status: invitation.status,
  expiresAt: invitation.expiresAt,
};

function selectInvitations(db: DbOrTx, where: SQL | undefined) {
  return db
    .select(invitationColumns)
    .from(invitation)
    .innerJoin(organization, eq(organization.id, invitation.organizationId))
    .where(where)
    .orderBy(asc(invitation.createdAt));
}

export function listInvitationsOfEmployer(db: DbOrTx, employerId: string) {
  return selectInvitations(db, eq(invitation.organizationId, employerId));
}

export function listPendingInvitationsFor(db: DbOrTx, email: string, now: Date) {
  return selectInvitations(
    db,
    and(eq(invitation.email, email.toLowerCase()), eq(invitation.status, "pending"), gt(invitation.expiresAt, now)),
  );
}

export async function findInvitation(db: DbOrTx, invitationId: string) {
  const [row] = await selectInvitations(db, eq(invitation.id, invitationId)).limit(1);
  return row;
}
