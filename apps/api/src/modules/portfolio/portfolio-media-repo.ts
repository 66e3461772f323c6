import { type DbOrTx, isoTimestamp, schema } from "@hirefolio/db";
import type { MediaKind, UpdateMedia } from "@hirefolio/shared";
import { and, asc, eq, sql } from "drizzle-orm";

const { portfolioMedia } = schema;

const mediaColumns = {
  id: portfolioMedia.id,
  projectId: portfolioMedia.projectId,
  kind: portfolioMedia.kind,
  position: portfolioMedia.position,
  title: portfolioMedia.title,
  caption: portfolioMedia.caption,
  storageKey: portfolioMedia.storageKey,
  previewKey: portfolioMedia.previewKey,
  contentType: portfolioMedia.contentType,
  bytes: portfolioMedia.bytes,
  width: portfolioMedia.width,
  height: portfolioMedia.height,
  pageCount: portfolioMedia.pageCount,
  createdAt: isoTimestamp(portfolioMedia.createdAt),
};
export type MediaRow = Awaited<ReturnType<typeof listMedia>>[number];

const ofUser = (userId: string, mediaId: string) =>
  and(eq(portfolioMedia.id, mediaId), eq(portfolioMedia.userId, userId));

export function listMedia(db: DbOrTx, userId: string) {
  return db
    .select(mediaColumns)
    .from(portfolioMedia)
    .where(eq(portfolioMedia.userId, userId))
    .orderBy(asc(portfolioMedia.position), asc(portfolioMedia.createdAt));
}

export async function insertMedia(
  db: DbOrTx,
  values: {
    id: string;
    userId: string;
    projectId: string | null;
    kind: MediaKind;
    title: string;
    storageKey: string;
    previewKey: string | null;
    contentType: string;
    bytes: number;
    width: number | null;
    height: number | null;
    pageCount: number | null;
    now: Date;
  },
) {
  const { now, ...rest } = values;
  const [row] = await db
    .insert(portfolioMedia)
    .values({
      ...rest,
      position: sql`(select coalesce(max(${portfolioMedia.position}) + 1, 0) from ${portfolioMedia} where ${portfolioMedia.userId} = ${values.userId})`,
      createdAt: now,
    })
    .returning(mediaColumns);
  return row as NonNullable<typeof row>;
}

export async function updateMedia(db: DbOrTx, userId: string, mediaId: string, input: UpdateMedia) {
  if (Object.keys(input).length === 0) {
    const [row] = await db.select(mediaColumns).from(portfolioMedia).where(ofUser(userId, mediaId)).limit(1);
    return row;
  }
  const [row] = await db.update(portfolioMedia).set(input).where(ofUser(userId, mediaId)).returning(mediaColumns);
  return row;
}

export async function deleteMedia(db: DbOrTx, userId: string, mediaId: string) {
  const [row] = await db
    .delete(portfolioMedia)
    .where(ofUser(userId, mediaId))
    .returning({ storageKey: portfolioMedia.storageKey, previewKey: portfolioMedia.previewKey });
  return row;
}

/** Stored objects of a project's media, read before the project's deletion cascades to the rows. */
export function mediaKeysOfProject(db: DbOrTx, userId: string, projectId: string) {
  return db
    .select({ storageKey: portfolioMedia.storageKey, previewKey: portfolioMedia.previewKey })
    .from(portfolioMedia)
    .where(and(eq(portfolioMedia.userId, userId), eq(portfolioMedia.projectId, projectId)));
}
