import { z } from "zod";

export const dependencyStatusSchema = z.object({
  ok: z.boolean(),
  latencyMs: z.number(),
  error: z.string().optional(),
});

export const healthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  db: z.enum(["pglite", "postgres"]),
  queue: z.enum(["local", "bullmq"]),
  cache: z.enum(["memory", "redis"]),
  storage: z.enum(["local", "s3"]),
  ai: z.enum(["offline", "openai-compatible"]),
  mail: z.enum(["outbox", "smtp"]),
  checks: z.record(z.string(), dependencyStatusSchema),
  /** Whether this process can transcode videos; informational, since API replicas behind workers need no ffmpeg. */
  ffmpeg: z.object({
    ok: z.boolean(),
    ffmpegVersion: z.string().nullable(),
    ffprobeVersion: z.string().nullable(),
    problem: z.string().nullable(),
  }),
  version: z.string(),
  uptimeSeconds: z.number(),
});
export type Health = z.infer<typeof healthSchema>;
