import type { Db } from "@hirefolio/db";
import type { Clock } from "../../platform/clock";
import type { JobQueue } from "../../platform/queue/job-queue";
import * as repo from "./video-intro-repo";
import { type VideoUploadStore, videoUploadTtlMs } from "./video-upload-store";

export const videoUploadExpiryJob = "video.upload-expiry";
/** Sweeps are grouped into windows of this length: however many uploads start, one sweep runs per window. */
const sweepWindowMs = 60 * 60 * 1000;
/** Rows looked at per sweep; a full batch of expired ones means more are waiting for the next window's sweep. */
const sweepBatch = 500;

export interface UploadExpiryDeps {
  db: Db;
  clock: Clock;
  queue: JobQueue;
  /** Created with the same period as `ttlMs` (createVideoUploadStore's expireAfterMs), for its own sweep. */
  store: VideoUploadStore;
  /** How long an upload may take. */
  ttlMs?: number;
}

/**
 * Makes sure a sweep runs after `at`: at the end of the window `at` falls in. The queue has no cron, so the dedupe
 * key (the window) is what keeps many uploads, API replicas and re-enqueues down to one job per window. Always a
 * later window than the one running, whose key is taken (finished jobs still deduplicate).
 */
export function scheduleUploadExpiry(queue: JobQueue, at: Date) {
  const window = Math.floor(at.getTime() / sweepWindowMs) + 1;
  return queue.enqueue(
    videoUploadExpiryJob,
    {},
    { runAt: new Date(window * sweepWindowMs), dedupeKey: `window-${window}` },
  );
}

/**
 * Bytes already gone (deleted by hand, or by a sweep cut short) are not a failure; tus stores report that as their
 * `{ status_code: 404 }` error.
 */
async function removeUploadBytes(store: VideoUploadStore, id: string) {
  try {
    await store.remove(id);
  } catch (error) {
    if ((error as { status_code?: number } | null)?.status_code !== 404) throw error;
  }
}

/**
 * Deletes uploads nobody finished within the TTL: the row (so HEAD and PATCH of the upload answer 404) and the
 * bytes in the tus store. Then the store's own sweep removes expired bytes that have no row any more (an account
 * deleted mid-upload), and the next sweep is booked for when the oldest remaining upload expires.
 */
export async function expireAbandonedUploads(deps: UploadExpiryDeps) {
  const { db, clock, queue, store } = deps;
  const ttlMs = deps.ttlMs ?? videoUploadTtlMs;
  const now = clock.now();
  const unfinished = await repo.findUnfinishedUploads(db, sweepBatch);
  const expired = unfinished.filter((upload) => now.getTime() - upload.createdAt.getTime() >= ttlMs);
  let deleted = 0;
  for (const upload of expired) {
    // The row goes first and only while still uploading: an upload that completed meanwhile is left alone.
    if (!(await repo.deleteUnfinishedUpload(db, upload.id))) continue;
    await removeUploadBytes(store, upload.id);
    deleted++;
  }
  const orphans = await store.deleteExpired();

  // A full batch may leave more expired uploads behind: the next window's sweep carries on with them.
  const waiting = unfinished.find((upload) => !expired.includes(upload));
  const next = expired.length === sweepBatch ? now : waiting && new Date(waiting.createdAt.getTime() + ttlMs);
  if (next) await scheduleUploadExpiry(queue, next);
  return { deleted, orphans, nextSweepAt: next ?? null };
}

export function registerUploadExpiryJob(deps: UploadExpiryDeps) {
  deps.queue.register(videoUploadExpiryJob, async () => {
    await expireAbandonedUploads(deps);
  });
}
