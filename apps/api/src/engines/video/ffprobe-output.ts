import { z } from "zod";

/** ffprobe prints numbers as strings ("5.008000") and leaves keys out or writes "N/A" when it does not know. */
const probeNumber = z
  .union([z.string(), z.number()])
  .optional()
  .transform((value) => {
    const parsed = typeof value === "number" ? value : Number.parseFloat(value ?? "");
    return Number.isFinite(parsed) ? parsed : undefined;
  });

const probeStreamSchema = z.object({
  index: z.number().int(),
  codec_type: z.string().optional(),
  codec_name: z.string().optional(),
  width: z.number().int().optional(),
  height: z.number().int().optional(),
  sample_aspect_ratio: z.string().optional(),
  avg_frame_rate: z.string().optional(),
  duration: probeNumber,
  sample_rate: probeNumber,
  channels: z.number().int().optional(),
  disposition: z.object({ attached_pic: z.number().optional() }).partial().optional(),
  tags: z.record(z.string(), z.string()).optional(),
  side_data_list: z.array(z.object({ rotation: z.number().optional() }).loose()).optional(),
});
export type ProbeStream = z.infer<typeof probeStreamSchema>;

/** The part of `ffprobe -print_format json -show_format -show_streams` the video engine reads. */
export const ffprobeOutputSchema = z.object({
  streams: z.array(probeStreamSchema).default([]),
  format: z
    .object({
      format_name: z.string(),
      duration: probeNumber,
      bit_rate: probeNumber,
    })
    .optional(),
});
export type FfprobeOutput = z.infer<typeof ffprobeOutputSchema>;

/** "30/1" or "30000/1001" → frames per second; "0/0" and garbage → undefined. */
export function parseRate(rate: string | undefined): number | undefined {
  const [num, den] = (rate ?? "").split("/").map(Number);
  if (num === undefined || den === undefined || !(num > 0) || !(den > 0)) return undefined;
  return num / den;
}

/** Matroska writes per-stream durations as a DURATION tag ("00:00:05.007000000") instead of a number. */
export function parseTagDuration(tag: string | undefined): number | undefined {
  const match = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(tag ?? "");
  if (!match) return undefined;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}
