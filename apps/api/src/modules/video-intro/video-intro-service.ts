import type { Db } from "@hirefolio/db";
import { type PortfolioVideo, type VideoCaptionsInput, type VideoIntro, videoUploadFileTypes } from "@hirefolio/shared";
import { HttpProblem, problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import type { JobQueue } from "../../platform/queue/job-queue";
import type { StorageDriver } from "../../platform/storage/storage-driver";
import { captionsFromTranscript, validateCaptions } from "./captions-vtt";
import * as repo from "./video-intro-repo";
import { deleteVideoObjects } from "./video-objects";
import { enqueueVideoProcessing } from "./video-process-job";
import { scheduleUploadExpiry } from "./video-upload-expiry";
import { videoUploadTtlMs } from "./video-upload-store";

/** The player may sit on the page a while before it is started or seeked. */
const urlSeconds = 60 * 60;

export interface VideoIntroDeps {
  db: Db;
  clock: Clock;
  storage: StorageDriver;
  queue: JobQueue;
  publicUrl: string;
}

export type VideoIntroService = ReturnType<typeof createVideoIntroService>;

export class UnsupportedVideoTypeError extends Error {}

export function createVideoIntroService(deps: VideoIntroDeps) {
  const { db, clock, storage } = deps;
  const captionsUrl = (id: string) => `${deps.publicUrl}/api/v1/videos/${encodeURIComponent(id)}/captions.vtt`;
  const signed = (key: string | null) => (key ? storage.signedUrl(key, { expiresInSeconds: urlSeconds }) : null);

  async function view(row: repo.VideoIntroRow): Promise<VideoIntro> {
    const ready = row.status === "ready";
    return {
      id: row.id,
      status: row.status,
      progress: ready ? 1 : row.progress,
      qualityTips: row.qualityTips.map(({ kind, severity, message, ranges }) => ({ kind, severity, message, ranges })),
      failure: row.failure,
      durationMs: row.durationMs,
      width: row.width,
      height: row.height,
      videoUrl: ready ? await signed(row.videoKey) : null,
      posterUrl: ready ? await signed(row.posterKey) : null,
      captionsVtt: row.captionsVtt,
      captionsUrl: ready && row.captionsVtt ? captionsUrl(row.id) : null,
      createdAt: row.createdAt,
      processedAt: row.processedAt,
    };
  }

  async function own(userId: string, id: string) {
    const row = await repo.findOwnVideo(db, userId, id);
    if (!row) throw problems.notFound("Video");
    return row;
  }

  return {
    /** The tus server calls this before it creates an upload; the upload id becomes the video's id. */
    async startUpload(userId: string, upload: { id: string; fileType: string | undefined; bytes: number | null }) {
      const fileType = upload.fileType?.toLowerCase().split(";")[0]?.trim();
      if (!fileType || !(videoUploadFileTypes as readonly string[]).includes(fileType)) {
        throw new UnsupportedVideoTypeError(
          `Upload a WebM, MP4 or QuickTime video (metadata "filetype" was ${upload.fileType ? `"${upload.fileType}"` : "missing"}).`,
        );
      }
      const now = clock.now();
      await repo.insertUpload(db, {
        id: upload.id,
        userId,
        sourceContentType: fileType,
        sourceBytes: upload.bytes,
        now,
      });
      // If it is never finished, the expiry sweep after its deadline deletes it.
      await scheduleUploadExpiry(deps.queue, new Date(now.getTime() + videoUploadTtlMs));
    },

    /**
     * True while the upload is the user's, still receiving bytes and within its deadline: tus requests for anything
     * else are 404 (an expired one too, before the expiry sweep has deleted it).
     */
    async ownsUpload(userId: string, id: string) {
      const row = await repo.findOwnVideo(db, userId, id);
      return row?.status === "uploading" && clock.now().getTime() - Date.parse(row.createdAt) < videoUploadTtlMs;
    },

    /** The whole file is in storage under `sourceKey`: hand it to the processing job. */
    async finishUpload(userId: string, id: string, source: { key: string; bytes: number }) {
      const now = clock.now();
      const moved = await repo.transitionVideo(
        db,
        id,
        "uploading",
        { status: "processing", progress: 0, sourceKey: source.key, sourceBytes: source.bytes },
        now,
      );
      if (!moved) return;
      await repo.insertVideoEvent(db, {
        type: "video.uploaded",
        userId,
        videoId: id,
        properties: { bytes: source.bytes },
        now,
      });
      await enqueueVideoProcessing(deps.queue, id);
    },

    /** A terminated tus upload leaves no row behind. */
    async cancelUpload(userId: string, id: string) {
      const row = await repo.findOwnVideo(db, userId, id);
      if (row?.status === "uploading") await repo.deleteVideoRow(db, id);
    },

    /** The newest recording that finished uploading; a half-sent upload is the client's own business. */
    async latest(userId: string) {
      const row = await repo.findLatestVideo(db, userId);
      if (!row) throw problems.notFound("Video");
      return view(row);
    },

    async get(userId: string, id: string) {
      return view(await own(userId, id));
    },

    async remove(userId: string, id: string) {
      const row = await own(userId, id);
      await deps.queue.cancel("video.process", id);
      await repo.deleteVideoRow(db, id);
      await deleteVideoObjects(storage, row);
    },

    async setCaptions(userId: string, id: string, input: VideoCaptionsInput) {
      const row = await own(userId, id);
      if (row.status !== "ready" || row.durationMs === null) {
        throw problems.conflict("Captions can be added once the video has been processed.");
      }
      const result =
        "vtt" in input
          ? validateCaptions(input.vtt, row.durationMs)
          : captionsFromTranscript(input.transcript, row.durationMs);
      if (!result.ok) {
        throw new HttpProblem(
          422,
          "invalid-captions",
          "The captions are not valid WebVTT",
          result.problems[0]?.message,
          result.problems.map((p) => ({ field: p.line > 0 ? `vtt:${p.line}` : "vtt", message: p.message })),
        );
      }
      await repo.updateVideo(db, id, { captionsVtt: result.vtt }, clock.now());
      return view({ ...row, captionsVtt: result.vtt });
    },

    /** The captions track: for its owner, or for anyone when the owner's portfolio is public or unlisted. */
    async captions(viewerId: string | undefined, id: string) {
      const row = await repo.findVideo(db, id);
      if (row?.status !== "ready" || !row.captionsVtt) throw problems.notFound("Captions");
      if (row.userId !== viewerId) {
        const visibility = await repo.portfolioVisibility(db, row.userId);
        if (visibility !== "public" && visibility !== "unlisted") throw problems.notFound("Captions");
      }
      return row.captionsVtt;
    },

    /** For the portfolio page: the owner's ready video with hour-long signed URLs, or null. */
    async publicVideoFor(userId: string): Promise<PortfolioVideo | null> {
      const row = await repo.findReadyVideo(db, userId);
      if (!row?.videoKey) return null;
      return {
        url: (await signed(row.videoKey)) ?? "",
        posterUrl: await signed(row.posterKey),
        captionsUrl: row.captionsVtt ? captionsUrl(row.id) : null,
        durationMs: row.durationMs,
        width: row.width,
        height: row.height,
      };
    },
  };
}
