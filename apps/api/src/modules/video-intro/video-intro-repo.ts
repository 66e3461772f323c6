import { type DbOrTx, isoTimestamp, schema } from "@hirefolio/db";
import type { VideoQualityTip } from "@hirefolio/shared";
import { and, asc, desc, eq, ne } from "drizzle-orm";
import type { EventProperties } from "../../platform/events/event-catalog";
import { type RecordedEvent, recordEvent } from "../../platform/events/record-event";

const { videoIntro, portfolio } = schema;

const columns = {
  id: videoIntro.id,
  userId: videoIntro.userId,
  status: videoIntro.status,
  progress: videoIntro.progress,
  sourceKey: videoIntro.sourceKey,
  sourceContentType: videoIntro.sourceContentType,
  sourceBytes: videoIntro.sourceBytes,
  videoKey: videoIntro.videoKey,
  posterKey: videoIntro.posterKey,
  durationMs: videoIntro.durationMs,
  width: videoIntro.width,
  height: videoIntro.height,
  qualityTips: videoIntro.qualityTips,
  failure: videoIntro.failure,
  captionsVtt: videoIntro.captionsVtt,
  createdAt: isoTimestamp(videoIntro.createdAt),
  processedAt: isoTimestamp(videoIntro.processedAt),
};

export type VideoIntroRow = Omit<
  typeof videoIntro.$inferSelect,
  "qualityTips" | "createdAt" | "updatedAt" | "processedAt"
> & { qualityTips: VideoQualityTip[]; createdAt: string; processedAt: string | null };

export async function insertUpload(
  db: DbOrTx,
  values: { id: string; userId: string; sourceContentType: string; sourceBytes: number | null; now: Date },
) {
  const { now, ...rest } = values;
  await db.insert(videoIntro).values({ ...rest, status: "uploading", createdAt: now, updatedAt: now });
}

export async function findVideo(db: DbOrTx, id: string) {
  const [row] = await db.select(columns).from(videoIntro).where(eq(videoIntro.id, id)).limit(1);
  return row as VideoIntroRow | undefined;
}

/** The video only when it belongs to `userId`: someone else's id reads as missing. */
export async function findOwnVideo(db: DbOrTx, userId: string, id: string) {
  const [row] = await db
    .select(columns)
    .from(videoIntro)
    .where(and(eq(videoIntro.id, id), eq(videoIntro.userId, userId)))
    .limit(1);
  return row as VideoIntroRow | undefined;
}

/** The newest recording past its upload (processing, ready or failed), which is what the recorder page shows. */
export async function findLatestVideo(db: DbOrTx, userId: string) {
  const [row] = await db
    .select(columns)
    .from(videoIntro)
    .where(and(eq(videoIntro.userId, userId), ne(videoIntro.status, "uploading")))
    .orderBy(desc(videoIntro.createdAt), desc(videoIntro.id))
    .limit(1);
  return row as VideoIntroRow | undefined;
}

export async function findReadyVideo(db: DbOrTx, userId: string) {
  const [row] = await db
    .select(columns)
    .from(videoIntro)
    .where(and(eq(videoIntro.userId, userId), eq(videoIntro.status, "ready")))
    .orderBy(desc(videoIntro.processedAt))
    .limit(1);
  return row as VideoIntroRow | undefined;
}

/** Every other finished recording of the user (ready or failed): replaced once a new one is ready. */
export async function findReplacedVideos(db: DbOrTx, userId: string, keepId: string) {
  const rows = await db
    .select(columns)
    .from(videoIntro)
    .where(and(eq(videoIntro.userId, userId), ne(videoIntro.id, keepId)));
  return (rows as VideoIntroRow[]).filter((row) => row.status === "ready" || row.status === "failed");
}

export type VideoIntroUpdate = Partial<{
  status: VideoIntroRow["status"];
  progress: number;
  sourceKey: string | null;
  sourceBytes: number | null;
  videoKey: string;
  posterKey: string;
  durationMs: number;
  width: number;
  height: number;
  qualityTips: VideoQualityTip[];
  failure: { code: string; message: string } | null;
  captionsVtt: string | null;
  processedAt: Date;
}>;

export async function updateVideo(db: DbOrTx, id: string, values: VideoIntroUpdate, now: Date) {
  await db
    .update(videoIntro)
    .set({ ...values, updatedAt: now })
    .where(eq(videoIntro.id, id));
}

/**
 * Moves the row from one status to the next only if it is still in the first: a job run twice, or a delete while
 * it ran, cannot resurrect or overwrite a video. True when the row moved.
 */
export async function transitionVideo(
  db: DbOrTx,
  id: string,
  from: VideoIntroRow["status"],
  values: VideoIntroUpdate & { status: VideoIntroRow["status"] },
  now: Date,
) {
  const rows = await db
    .update(videoIntro)
    .set({ ...values, updatedAt: now })
    .where(and(eq(videoIntro.id, id), eq(videoIntro.status, from)))
    .returning({ id: videoIntro.id });
  return rows.length > 0;
}

export async function deleteVideoRow(db: DbOrTx, id: string) {
  await db.delete(videoIntro).where(eq(videoIntro.id, id));
}

/** Uploads still receiving bytes, oldest first: the expiry job deletes those started too long ago. */
export async function findUnfinishedUploads(db: DbOrTx, limit: number) {
  return db
    .select({ id: videoIntro.id, createdAt: videoIntro.createdAt })
    .from(videoIntro)
    .where(eq(videoIntro.status, "uploading"))
    .orderBy(asc(videoIntro.createdAt), asc(videoIntro.id))
    .limit(limit);
}

/** Deletes the row only while it is still an unfinished upload (not one that just completed); true when it did. */
export async function deleteUnfinishedUpload(db: DbOrTx, id: string) {
  const rows = await db
    .delete(videoIntro)
    .where(and(eq(videoIntro.id, id), eq(videoIntro.status, "uploading")))
    .returning({ id: videoIntro.id });
  return rows.length > 0;
}

export async function portfolioVisibility(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ visibility: portfolio.visibility })
    .from(portfolio)
    .where(eq(portfolio.userId, userId))
    .limit(1);
  return row?.visibility;
}

export type VideoEventType = "video.uploaded" | "video.processed" | "video.failed";

/** The success metrics read these: written by the server as things happen, never by the client. */
export async function insertVideoEvent<T extends VideoEventType>(
  db: DbOrTx,
  values: { type: T; userId: string; videoId: string; properties: EventProperties[T]; now: Date },
) {
  await recordEvent(db, {
    type: values.type,
    actorId: values.userId,
    subjectId: values.videoId,
    properties: values.properties,
    occurredAt: values.now,
  } as RecordedEvent<T>);
}
