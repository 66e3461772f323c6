import { type DbOrTx, isoTimestamp, schema } from "@hirefolio/db";
import type { ResumeDocument } from "@hirefolio/shared";
import { and, desc, eq } from "drizzle-orm";
import { afterCursor, type CursorPosition } from "../../http/cursor";

const { resume, resumeVersion } = schema;

const summaryColumns = {
  id: resume.id,
  title: resume.title,
  templateId: resume.templateId,
  currentVersionId: resume.currentVersionId,
  createdAt: isoTimestamp(resume.createdAt),
  updatedAt: isoTimestamp(resume.updatedAt),
};

const versionColumns = {
  id: resumeVersion.id,
  number: resumeVersion.number,
  name: resumeVersion.name,
  summary: resumeVersion.summary,
  createdAt: isoTimestamp(resumeVersion.createdAt),
  updatedAt: isoTimestamp(resumeVersion.updatedAt),
};

// Only validated documents are stored, so the stored JSON is read back as the schema's type.
const asDocument = <T extends { document: unknown }>(row: T) => ({ ...row, document: row.document as ResumeDocument });

/** The caller's resumes, most recently updated first. */
export function listResumes(db: DbOrTx, ownerId: string, page: { cursor?: CursorPosition; limit: number }) {
  return db
    .select(summaryColumns)
    .from(resume)
    .where(and(eq(resume.ownerId, ownerId), afterCursor(page.cursor, resume.updatedAt, resume.id)))
    .orderBy(desc(resume.updatedAt), desc(resume.id))
    .limit(page.limit + 1);
}

/** A resume only if `ownerId` owns it; `forUpdate` locks the row so saves to one resume run one at a time. */
export async function findResume(db: DbOrTx, resumeId: string, ownerId: string, lock: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ ...summaryColumns, document: resume.document })
    .from(resume)
    .where(and(eq(resume.id, resumeId), eq(resume.ownerId, ownerId)))
    .limit(1);
  const [row] = await (lock.forUpdate ? query.for("update") : query);
  return row && asDocument(row);
}

export type ResumeRow = Awaited<ReturnType<typeof findResume>> & {};

export async function insertResume(
  db: DbOrTx,
  values: {
    id: string;
    ownerId: string;
    title: string;
    templateId: string;
    document: ResumeDocument;
    currentVersionId: string;
    now: Date;
  },
) {
  const { now, ...rest } = values;
  await db.insert(resume).values({ ...rest, createdAt: now, updatedAt: now });
}

export async function updateResume(
  db: DbOrTx,
  resumeId: string,
  patch: { title?: string; templateId?: string; document?: ResumeDocument; currentVersionId?: string },
  now: Date,
) {
  await db
    .update(resume)
    .set({ ...patch, updatedAt: now })
    .where(eq(resume.id, resumeId));
}

export async function deleteResume(db: DbOrTx, resumeId: string, ownerId: string) {
  const deleted = await db
    .delete(resume)
    .where(and(eq(resume.id, resumeId), eq(resume.ownerId, ownerId)))
    .returning({ id: resume.id });
  return deleted.length > 0;
}

export function listVersions(db: DbOrTx, resumeId: string, page: { cursor?: CursorPosition; limit: number }) {
  return db
    .select(versionColumns)
    .from(resumeVersion)
    .where(
      and(eq(resumeVersion.resumeId, resumeId), afterCursor(page.cursor, resumeVersion.createdAt, resumeVersion.id)),
    )
    .orderBy(desc(resumeVersion.createdAt), desc(resumeVersion.id))
    .limit(page.limit + 1);
}

/** The newest version, with what decides whether a save may update it in place. */
export async function findLatestVersion(db: DbOrTx, resumeId: string) {
  const [row] = await db
    .select({
      id: resumeVersion.id,
      number: resumeVersion.number,
      name: resumeVersion.name,
      summary: resumeVersion.summary,
      createdBy: resumeVersion.createdBy,
      updatedAt: resumeVersion.updatedAt,
    })
    .from(resumeVersion)
    .where(eq(resumeVersion.resumeId, resumeId))
    .orderBy(desc(resumeVersion.number))
    .limit(1);
  return row;
}

export async function findVersion(db: DbOrTx, resumeId: string, versionId: string) {
  const [row] = await db
    .select({ ...versionColumns, document: resumeVersion.document })
    .from(resumeVersion)
    .where(and(eq(resumeVersion.resumeId, resumeId), eq(resumeVersion.id, versionId)))
    .limit(1);
  return row && asDocument(row);
}

export async function findVersionDocument(db: DbOrTx, resumeId: string, number: number) {
  const [row] = await db
    .select({ document: resumeVersion.document })
    .from(resumeVersion)
    .where(and(eq(resumeVersion.resumeId, resumeId), eq(resumeVersion.number, number)))
    .limit(1);
  return row && asDocument(row).document;
}

export async function insertVersion(
  db: DbOrTx,
  values: {
    id: string;
    resumeId: string;
    number: number;
    summary: string;
    document: ResumeDocument;
    createdBy: string;
    now: Date;
  },
) {
  const { now, ...rest } = values;
  await db.insert(resumeVersion).values({ ...rest, createdAt: now, updatedAt: now });
}

/** Merges a quick successive save into the newest version instead of adding one. */
/** Rewrites a version under a new id (`newId`): a merged autosave is a new state, and ids name states. */
export async function overwriteVersion(
  db: DbOrTx,
  versionId: string,
  values: { newId: string; summary: string; document: ResumeDocument; now: Date },
) {
  await db
    .update(resumeVersion)
    .set({ id: values.newId, summary: values.summary, document: values.document, updatedAt: values.now })
    .where(eq(resumeVersion.id, versionId));
}

export async function nameVersion(db: DbOrTx, resumeId: string, versionId: string, name: string | null) {
  const [row] = await db
    .update(resumeVersion)
    .set({ name })
    .where(and(eq(resumeVersion.resumeId, resumeId), eq(resumeVersion.id, versionId)))
    .returning(versionColumns);
  return row;
}
