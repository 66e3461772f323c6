import { type DbOrTx, isoTimestamp, schema } from "@hirefolio/db";
import type { ResumeDocument } from "@hirefolio/shared";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";

const { resume, resumeShareLink } = schema;

const linkColumns = {
  id: resumeShareLink.id,
  resumeId: resumeShareLink.resumeId,
  slug: resumeShareLink.slug,
  label: resumeShareLink.label,
  createdAt: isoTimestamp(resumeShareLink.createdAt),
  revokedAt: sql<string | null>`${isoTimestamp(resumeShareLink.revokedAt)}`,
};

export async function insertShareLink(
  db: DbOrTx,
  values: { id: string; resumeId: string; slug: string; label: string; now: Date },
) {
  const { now, ...rest } = values;
  const [row] = await db
    .insert(resumeShareLink)
    .values({ ...rest, createdAt: now })
    .returning(linkColumns);
  return row as NonNullable<typeof row>;
}

/** A resume's links, newest first, revoked ones included so the owner sees what stopped working. */
export function listShareLinks(db: DbOrTx, resumeId: string) {
  return db
    .select(linkColumns)
    .from(resumeShareLink)
    .where(eq(resumeShareLink.resumeId, resumeId))
    .orderBy(desc(resumeShareLink.createdAt), desc(resumeShareLink.id));
}

/** Revokes once: a second revoke keeps the first time. Returns the link, or undefined if it is not this resume's. */
export async function revokeShareLink(db: DbOrTx, resumeId: string, linkId: string, now: Date) {
  const ofResume = and(eq(resumeShareLink.id, linkId), eq(resumeShareLink.resumeId, resumeId));
  await db
    .update(resumeShareLink)
    .set({ revokedAt: now })
    .where(and(ofResume, isNull(resumeShareLink.revokedAt)));
  const [row] = await db.select(linkColumns).from(resumeShareLink).where(ofResume).limit(1);
  return row;
}

/** The newest working link of each resume that has one. */
export async function findActiveLinks(db: DbOrTx, resumeIds: string[]) {
  if (resumeIds.length === 0) return new Map<string, { id: string; slug: string }>();
  const rows = await db
    .selectDistinctOn([resumeShareLink.resumeId], {
      resumeId: resumeShareLink.resumeId,
      id: resumeShareLink.id,
      slug: resumeShareLink.slug,
    })
    .from(resumeShareLink)
    .where(and(inArray(resumeShareLink.resumeId, resumeIds), isNull(resumeShareLink.revokedAt)))
    .orderBy(resumeShareLink.resumeId, desc(resumeShareLink.createdAt));
  return new Map(rows.map((row) => [row.resumeId, { id: row.id, slug: row.slug }]));
}

/** A working link with the resume behind it; undefined for unknown and revoked slugs alike. */
export async function findSharedResume(db: DbOrTx, slug: string) {
  const [row] = await db
    .select({
      linkId: resumeShareLink.id,
      resumeId: resume.id,
      ownerId: resume.ownerId,
      title: resume.title,
      templateId: resume.templateId,
      document: resume.document,
      updatedAt: isoTimestamp(resume.updatedAt),
    })
    .from(resumeShareLink)
    .innerJoin(resume, eq(resume.id, resumeShareLink.resumeId))
    .where(and(eq(resumeShareLink.slug, slug), isNull(resumeShareLink.revokedAt)))
    .limit(1);
  // Only validated documents are stored.
  return row && { ...row, document: row.document as ResumeDocument };
}
