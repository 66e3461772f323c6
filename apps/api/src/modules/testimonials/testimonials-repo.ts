import { type DbOrTx, isoTimestamp, schema } from "@hirefolio/db";
import type { Testimonial } from "@hirefolio/shared";
import { and, count, desc, eq, gt, inArray, sql } from "drizzle-orm";

const { testimonial, user } = schema;

const ownerColumns = {
  id: testimonial.id,
  authorName: testimonial.authorName,
  authorEmail: testimonial.authorEmail,
  authorTitle: testimonial.authorTitle,
  relationship: testimonial.relationship,
  message: testimonial.message,
  status: testimonial.status,
  body: testimonial.body,
  requestedAt: isoTimestamp(testimonial.requestedAt),
  expiresAt: isoTimestamp(testimonial.expiresAt),
  submittedAt: sql<string | null>`${isoTimestamp(testimonial.submittedAt)}`,
  approvedAt: sql<string | null>`${isoTimestamp(testimonial.approvedAt)}`,
};

export async function countRequestsSince(db: DbOrTx, userId: string, since: Date) {
  const [row] = await db
    .select({ n: count() })
    .from(testimonial)
    .where(and(eq(testimonial.userId, userId), gt(testimonial.requestedAt, since)));
  return row?.n ?? 0;
}

export async function insertRequest(
  db: DbOrTx,
  values: {
    id: string;
    userId: string;
    authorName: string;
    authorEmail: string;
    relationship: string;
    message: string;
    tokenHash: string;
    requestedAt: Date;
    expiresAt: Date;
  },
): Promise<Testimonial> {
  const [row] = await db.insert(testimonial).values(values).returning(ownerColumns);
  return row as Testimonial;
}

/** A request whose link still works: not answered yet and not expired. */
const openRequest = (tokenHash: string, now: Date) =>
  and(eq(testimonial.tokenHash, tokenHash), eq(testimonial.status, "requested"), gt(testimonial.expiresAt, now));

export async function findOpenRequest(db: DbOrTx, tokenHash: string, now: Date) {
  const [row] = await db
    .select({
      candidateName: user.name,
      authorName: testimonial.authorName,
      relationship: testimonial.relationship,
      message: testimonial.message,
      expiresAt: isoTimestamp(testimonial.expiresAt),
    })
    .from(testimonial)
    .innerJoin(user, eq(user.id, testimonial.userId))
    .where(openRequest(tokenHash, now))
    .limit(1);
  return row;
}

/**
 * Stores the colleague's text and forgets the token in one statement, so a link used twice at once is answered
 * once: the second update finds no open request.
 */
export async function submitOpenRequest(
  db: DbOrTx,
  tokenHash: string,
  now: Date,
  values: { body: string; authorTitle: string | null },
) {
  const [row] = await db
    .update(testimonial)
    .set({ ...values, status: "submitted", tokenHash: null, submittedAt: now })
    .where(openRequest(tokenHash, now))
    .returning({ id: testimonial.id, userId: testimonial.userId, authorName: testimonial.authorName });
  return row;
}

export async function findOwnerContact(db: DbOrTx, userId: string) {
  const [row] = await db.select({ name: user.name, email: user.email }).from(user).where(eq(user.id, userId)).limit(1);
  return row;
}

export function listOwned(db: DbOrTx, userId: string): Promise<Testimonial[]> {
  return db
    .select(ownerColumns)
    .from(testimonial)
    .where(eq(testimonial.userId, userId))
    .orderBy(desc(testimonial.requestedAt), desc(testimonial.id));
}

export async function findOwned(db: DbOrTx, userId: string, id: string): Promise<Testimonial | undefined> {
  const [row] = await db
    .select(ownerColumns)
    .from(testimonial)
    .where(and(eq(testimonial.id, id), eq(testimonial.userId, userId)))
    .limit(1);
  return row;
}

/** Moves an owned testimonial to `to` if it is in one of the `from` states; undefined when it was not. */
export async function changeStatus(
  db: DbOrTx,
  where: { userId: string; id: string; from: Testimonial["status"][] },
  to: "approved" | "hidden",
  now: Date,
) {
  const [row] = await db
    .update(testimonial)
    .set(to === "approved" ? { status: to, approvedAt: now } : { status: to })
    .where(
      and(eq(testimonial.id, where.id), eq(testimonial.userId, where.userId), inArray(testimonial.status, where.from)),
    )
    .returning({ id: testimonial.id });
  return row;
}

export async function deleteOwned(db: DbOrTx, userId: string, id: string) {
  const deleted = await db
    .delete(testimonial)
    .where(and(eq(testimonial.id, id), eq(testimonial.userId, userId)))
    .returning({ id: testimonial.id });
  return deleted.length > 0;
}

/** What a public portfolio shows: approved testimonials only, newest approval first, without email addresses. */
export function approvedTestimonials(db: DbOrTx, userId: string) {
  return db
    .select({
      id: testimonial.id,
      authorName: testimonial.authorName,
      authorTitle: testimonial.authorTitle,
      relationship: testimonial.relationship,
      body: sql<string>`coalesce(${testimonial.body}, '')`,
      approvedAt: isoTimestamp(testimonial.approvedAt),
    })
    .from(testimonial)
    .where(and(eq(testimonial.userId, userId), eq(testimonial.status, "approved")))
    .orderBy(desc(testimonial.approvedAt), desc(testimonial.id));
}
