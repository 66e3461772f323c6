import { z } from "zod";

/** What browsers record (WebM, MP4) and phones save (MOV); the upload's `filetype` metadata must be one of them. */
export const videoUploadFileTypes = ["video/webm", "video/mp4", "video/quicktime"] as const;
/** The tus server's cap on one upload; processing then checks the real duration and size with ffprobe. */
export const videoUploadMaxBytes = 200 * 1024 * 1024;
/** Where tus clients create uploads; the Location of each upload is relative to it. */
export const videoUploadPath = "/api/v1/me/video/uploads";

export const videoIntroStatuses = ["uploading", "processing", "ready", "failed"] as const;

/** Candidate-facing advice from the quality checks (dark, quiet, clipping, silence, frozen or black picture). */
export const videoQualityTipSchema = z.object({
  kind: z.string().describe("dark, overexposed, black, frozen, no-audio, silent, long-silence, quiet or clipping"),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  /** Where in the clip, in seconds; empty when it concerns the whole clip. */
  ranges: z.array(z.object({ start: z.number(), end: z.number() })),
});
export type VideoQualityTip = z.infer<typeof videoQualityTipSchema>;

export const videoFailureSchema = z.object({
  code: z.string().describe("not-media, no-video, too-long, too-large, unsupported, corrupt or processing-failed"),
  message: z.string(),
});

export const videoIntroSchema = z.object({
  id: z.string(),
  status: z.enum(videoIntroStatuses),
  /** 0..1 while processing, for the progress bar. */
  progress: z.number(),
  qualityTips: z.array(videoQualityTipSchema),
  failure: videoFailureSchema.nullable(),
  durationMs: z.number().int().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  /** Signed for an hour; null until the video is ready. */
  videoUrl: z.string().nullable(),
  posterUrl: z.string().nullable(),
  captionsVtt: z.string().nullable(),
  captionsUrl: z.string().nullable(),
  createdAt: z.string(),
  processedAt: z.string().nullable(),
});
export type VideoIntro = z.infer<typeof videoIntroSchema>;

export const videoCaptionsMaxBytes = 20 * 1024;
export const videoCaptionsMaxCues = 200;

/** Either WebVTT as written, or plain words the server spreads into timed cues. */
export const videoCaptionsInputSchema = z.union([
  z.object({ vtt: z.string().max(videoCaptionsMaxBytes * 2) }),
  z.object({ transcript: z.string().trim().min(1).max(videoCaptionsMaxBytes) }),
]);
export type VideoCaptionsInput = z.infer<typeof videoCaptionsInputSchema>;
