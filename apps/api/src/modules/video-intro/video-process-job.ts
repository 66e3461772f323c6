import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { Db } from "@hirefolio/db";
import { mediaRejectionCodes } from "../../engines/video/video-report";
import type { Clock } from "../../platform/clock";
import { MediaFailure } from "../../platform/media/media-failure";
import { processVideo } from "../../platform/media/process-video";
import type { JobContext, JobQueue } from "../../platform/queue/job-queue";
import type { StorageDriver } from "../../platform/storage/storage-driver";
import { enqueueBadgeEvaluation } from "../badges/badges-jobs";
import * as repo from "./video-intro-repo";
import { deleteVideoObjects, deleteVideoSource, videoObjectKey } from "./video-objects";

export const videoProcessJob = "video.process";
/** A timeout or an ffmpeg crash may pass on a second try; a bad file never does, so it is not retried at all. */
const processAttempts = 3;
/** Under the local queue's 300 s claim, so a slow run fails here instead of being run twice. */
const processTimeoutMs = 240_000;
/** The UI polls; a row write per percent would only add load. */
const progressStep = 0.05;

const rejections = new Set<string>(mediaRejectionCodes);
const retryLater = "We couldn't process your video this time. Please upload it again in a few minutes.";

export function enqueueVideoProcessing(queue: JobQueue, videoId: string) {
  return queue.enqueue(videoProcessJob, { videoId }, { dedupeKey: videoId, maxAttempts: processAttempts });
}

export interface VideoProcessorDeps {
  db: Db;
  clock: Clock;
  storage: StorageDriver;
  queue: JobQueue;
}

export function registerVideoIntroJobs(deps: VideoProcessorDeps) {
  deps.queue.register<{ videoId: string }>(videoProcessJob, (payload, context) =>
    processVideoIntro(deps, payload.videoId, context),
  );
}

/**
 * Turns an uploaded source into the MP4 and poster the player uses, with quality tips. Bad media ends the video
 * as failed with the engine's message; other errors are thrown so the queue retries, until the last attempt.
 */
export async function processVideoIntro(deps: VideoProcessorDeps, videoId: string, context: JobContext) {
  const { db, clock, storage } = deps;
  const row = await repo.findVideo(db, videoId);
  // Deleted while queued, or already finished by an earlier run.
  if (row?.status !== "processing" || !row.sourceKey) return;

  const started = performance.now();
  const work = await mkdtemp(path.join(tmpdir(), "video-intro-"));
  const progress = progressWriter(deps, videoId);
  try {
    const input = path.join(work, "source");
    const { body } = await storage.stream(row.sourceKey);
    await pipeline(body, createWriteStream(input));
    const result = await processVideo(input, work, { onProgress: progress.report, timeoutMs: processTimeoutMs });
    await progress.settled();

    const videoKey = videoObjectKey(row.userId, videoId, "video.mp4");
    const posterKey = videoObjectKey(row.userId, videoId, "poster.jpg");
    await storage.put(videoKey, createReadStream(result.video.path), { contentType: "video/mp4" });
    await storage.put(posterKey, createReadStream(result.poster.path), { contentType: "image/jpeg" });
    const durationMs = Math.round(result.video.durationSeconds * 1000);
    const now = clock.now();
    const processingMs = Math.round(performance.now() - started);
    // Publishing, its event and retiring the older videos are one step: never two ready videos, never a ready
    // video the metrics miss.
    const replaced = await db.transaction(async (tx) => {
      const published = await repo.transitionVideo(
        tx,
        videoId,
        "processing",
        {
          status: "ready",
          progress: 1,
          videoKey,
          posterKey,
          sourceKey: null,
          durationMs,
          width: result.video.width,
          height: result.video.height,
          qualityTips: result.tips,
          failure: null,
          processedAt: now,
        },
        now,
      );
      if (!published) return null;
      await repo.insertVideoEvent(tx, {
        type: "video.processed",
        userId: row.userId,
        videoId,
        properties: {
          durationMs,
          processingMs,
          ratio: Math.round((processingMs / Math.max(1, durationMs)) * 1000) / 1000,
        },
        now,
      });
      const older = await repo.findReplacedVideos(tx, row.userId, videoId);
      for (const old of older) await repo.deleteVideoRow(tx, old.id);
      return older;
    });
    if (!replaced) {
      // Deleted while it was processing: what this run stored belongs to nobody.
      await deleteVideoObjects(storage, { sourceKey: null, videoKey, posterKey });
      return;
    }
    await deleteVideoSource(storage, row.sourceKey);
    for (const old of replaced) await deleteVideoObjects(storage, old);
    await enqueueBadgeEvaluation(deps.queue, row.userId);
  } catch (error) {
    await progress.settled();
    const bad = error instanceof MediaFailure && rejections.has(error.code);
    const lastTry =
      context.attempt >= processAttempts || (error instanceof MediaFailure && error.code === "ffmpeg-missing");
    if (!bad && !lastTry) throw error;
    const failure = bad
      ? { code: (error as MediaFailure).code, message: (error as MediaFailure).message }
      : { code: "processing-failed", message: retryLater };
    await failVideo(deps, row, failure);
    // Logged by the queue, stderr tail and all; the row keeps only the candidate's message.
    if (!bad) throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Bad media is not kept: the source goes first, then the row says why, with its event. */
async function failVideo(
  deps: VideoProcessorDeps,
  row: repo.VideoIntroRow,
  failure: { code: string; message: string },
) {
  if (row.sourceKey) await deleteVideoSource(deps.storage, row.sourceKey);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const failed = await repo.transitionVideo(
      tx,
      row.id,
      "processing",
      { status: "failed", progress: 0, failure, sourceKey: null },
      now,
    );
    if (!failed) return;
    await repo.insertVideoEvent(tx, {
      type: "video.failed",
      userId: row.userId,
      videoId: row.id,
      properties: { code: failure.code },
      now,
    });
  });
}

/** Writes progress at most every 5 %, one write at a time, and only while the video is still processing. */
function progressWriter(deps: VideoProcessorDeps, videoId: string) {
  let written = 0;
  let chain: Promise<unknown> = Promise.resolve();
  return {
    report(fraction: number) {
      if (fraction - written < progressStep) return;
      written = fraction;
      // A lost progress write only makes the bar lag; it must not fail the job.
      chain = chain.then(() =>
        repo
          .transitionVideo(
            deps.db,
            videoId,
            "processing",
            { status: "processing", progress: fraction },
            deps.clock.now(),
          )
          .catch(() => undefined),
      );
    },
    settled: () => chain,
  };
}
