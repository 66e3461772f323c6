import { z } from "zod";

export const memberRoleSchema = z.enum(["owner", "admin", "member"]);

export const employerSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  website: z.string().nullable(),
  myRole: memberRoleSchema.describe("The caller's role in this employer"),
  createdAt: z.string(),
});
export type Employer = z.infer<typeof employerSchema>;

export const createEmployerSchema = z.object({
  name: z.string().trim().min(2).max(120),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens")
    .max(60)
    .optional(),
  website: z
    .url({ protocol: /^https?$/ })
    .max(300)
    .optional(),
});

export const employerMemberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: memberRoleSchema,
  joinedAt: z.string(),
});

export const invitationSchema = z.object({
  id: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  email: z.string(),
  role: memberRoleSchema,
  status: z.enum(["pending", "accepted", "rejected", "canceled"]),
  expiresAt: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const createInvitationSchema = z.object({
  email: z.email().max(254),
  role: z.enum(["admin", "member"]).default("member"),
});

export const pipelineStatsSchema = z.object({
  jobs: z.object({ draft: z.number().int(), open: z.number().int(), closed: z.number().int() }),
  applicants: z.number().int().describe("Applications that were not withdrawn"),
  byStage: z.record(z.string(), z.number().int()).describe("Applications per stage, all jobs of the employer"),
});
export type PipelineStats = z.infer<typeof pipelineStatsSchema>;
