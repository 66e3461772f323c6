import { z } from "zod";

/** Seconds from the start of the clip; `end` is exclusive. */
export const timeRangeSchema = z.object({ start: z.number(), end: z.number() });
export type TimeRange = z.infer<typeof timeRangeSchema>;

export const mediaDescriptionSchema = z.object({
  /** ffprobe's demuxer name, e.g. "matroska,webm" or "mov,mp4,m4a,3gp,3g2,mj2". */
  container: z.string(),
  durationSeconds: z.number(),
  sizeBytes: z.number().int(),
  bitRate: z.number().nullable(),
  video: z.object({
    codec: z.string(),
    width: z.number().int(),
    height: z.number().int(),
    /** Size as shown to a viewer: after the display-matrix rotation and non-square pixels. */
    displayWidth: z.number().int(),
    displayHeight: z.number().int(),
    rotation: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]),
    /** Average frames per second, or null when the container does not say (MediaRecorder WebM often does not). */
    fps: z.number().nullable(),
  }),
  audio: z.object({ codec: z.string(), channels: z.number().int(), sampleRate: z.number().int() }).nullable(),
});
export type MediaDescription = z.infer<typeof mediaDescriptionSchema>;

export const mediaRejectionCodes = [
  "not-media",
  "no-video",
  "too-long",
  "too-large",
  "unsupported",
  "corrupt",
] as const;
export const mediaRejectionSchema = z.object({ code: z.enum(mediaRejectionCodes), message: z.string() });
export type MediaRejection = z.infer<typeof mediaRejectionSchema>;

export type MediaCheck = { ok: true; media: MediaDescription } | { ok: false; rejection: MediaRejection };

export const qualityIssueKinds = [
  "black",
  "frozen",
  "dark",
  "overexposed",
  "no-audio",
  "silent",
  "long-silence",
  "quiet",
  "clipping",
] as const;

export const qualityFindingSchema = z.object({
  kind: z.enum(qualityIssueKinds),
  severity: z.enum(["error", "warning", "info"]),
  /** Where in the clip it happens; empty when it concerns the whole clip. */
  ranges: z.array(timeRangeSchema),
  /** The measure behind the finding (median luma, loudness in dBFS, seconds), for logs and tuning. */
  value: z.number().nullable(),
});
export type QualityFinding = z.infer<typeof qualityFindingSchema>;
export type QualityIssueKind = QualityFinding["kind"];

/** Candidate-facing advice in plain words. */
export const qualityTipSchema = qualityFindingSchema.extend({ message: z.string() });
export type QualityTip = z.infer<typeof qualityTipSchema>;
