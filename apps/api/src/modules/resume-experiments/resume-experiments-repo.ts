import { type DbOrTx, isoTimestamp, schema } from "@hirefolio/db";
import type { ExperimentGoal } from "@hirefolio/shared";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { afterCursor, type CursorPosition } from "../../http/cursor";

const { resume, resumeExperiment, resumeExperimentVariant, resumeShareLink } = schema;

const experimentColumns = {
  id: resumeExperiment.id,
  name: resumeExperiment.name,
  goal: resumeExperiment.goal,
  createdAt: isoTimestamp(resumeExperiment.createdAt),
  endedAt: sql<string | null>`${isoTimestamp(resumeExperiment.endedAt)}`,
};

export type ExperimentRow = Awaited<ReturnType<typeof listExperiments>>[number];

export async function insertExperiment(
  db: DbOrTx,
  values: { id: string; ownerId: string; name: string; goal: ExperimentGoal; now: Date },
) {
  const { now, ...rest } = values;
  await db.insert(resumeExperiment).values({ ...rest, createdAt: now });
}

export async function insertVariants(
  db: DbOrTx,
  variants: { experimentId: string; resumeId: string; label: string; position: number }[],
) {
  await db.insert(resumeExperimentVariant).values(variants);
}

/** The owner's experiments, newest first. */
export function listExperiments(db: DbOrTx, ownerId: string, page: { cursor?: CursorPosition; limit: number }) {
  return db
    .select(experimentColumns)
    .from(resumeExperiment)
    .where(
      and(
        eq(resumeExperiment.ownerId, ownerId),
        afterCursor(page.cursor, resumeExperiment.createdAt, resumeExperiment.id),
      ),
    )
    .orderBy(desc(resumeExperiment.createdAt), desc(resumeExperiment.id))
    .limit(page.limit + 1);
}

export async function findExperiment(db: DbOrTx, experimentId: string, ownerId: string) {
  const [row] = await db
    .select(experimentColumns)
    .from(resumeExperiment)
    .where(and(eq(resumeExperiment.id, experimentId), eq(resumeExperiment.ownerId, ownerId)))
    .limit(1);
  return row;
}

/** Variants of the given experiments in label order, with each resume's title and newest working share link. */
export function listVariants(db: DbOrTx, experimentIds: string[]) {
  const newestLink = sql<string | null>`(
    select ${resumeShareLink.slug} from ${resumeShareLink}
    where ${resumeShareLink.resumeId} = ${resumeExperimentVariant.resumeId} and ${isNull(resumeShareLink.revokedAt)}
    order by ${resumeShareLink.createdAt} desc limit 1)`;
  return db
    .select({
      experimentId: resumeExperimentVariant.experimentId,
      label: resumeExperimentVariant.label,
      resumeId: resumeExperimentVariant.resumeId,
      resumeTitle: resume.title,
      shareSlug: newestLink,
    })
    .from(resumeExperimentVariant)
    .innerJoin(resume, eq(resume.id, resumeExperimentVariant.resumeId))
    .where(inArray(resumeExperimentVariant.experimentId, experimentIds))
    .orderBy(asc(resumeExperimentVariant.experimentId), asc(resumeExperimentVariant.position));
}

export async function renameExperiment(db: DbOrTx, experimentId: string, ownerId: string, name: string) {
  const renamed = await db
    .update(resumeExperiment)
    .set({ name })
    .where(and(eq(resumeExperiment.id, experimentId), eq(resumeExperiment.ownerId, ownerId)))
    .returning({ id: resumeExperiment.id });
  return renamed.length > 0;
}

/** Ends once; ending again keeps the first end time. */
export async function endExperiment(db: DbOrTx, experimentId: string, ownerId: string, now: Date) {
  await db
    .update(resumeExperiment)
    .set({ endedAt: now })
    .where(
      and(
        eq(resumeExperiment.id, experimentId),
        eq(resumeExperiment.ownerId, ownerId),
        isNull(resumeExperiment.endedAt),
      ),
    );
}

export async function deleteExperiment(db: DbOrTx, experimentId: string, ownerId: string) {
  const deleted = await db
    .delete(resumeExperiment)
    .where(and(eq(resumeExperiment.id, experimentId), eq(resumeExperiment.ownerId, ownerId)))
    .returning({ id: resumeExperiment.id });
  return deleted.length > 0;
}
