import { z } from "zod";

export const applicationStageSchema = z.enum([
  "applied",
  "screening",
  "interview",
  "offer",
  "hired",
  "rejected",
  "withdrawn",
]);
export type ApplicationStage = z.infer<typeof applicationStageSchema>;

/** The pipeline order shown on boards; rejected and withdrawn end it from any open stage. */
export const pipelineStages = ["applied", "screening", "interview", "offer", "hired"] as const;

export const finalStages: readonly ApplicationStage[] = ["hired", "rejected", "withdrawn"];

/** Moves a recruiter may make: forward one or more stages, back one stage, or reject. */
export function allowedNextStages(from: ApplicationStage): ApplicationStage[] {
  if (finalStages.includes(from)) return [];
  const index = pipelineStages.indexOf(from as (typeof pipelineStages)[number]);
  const forward = pipelineStages.slice(index + 1);
  const back = index > 0 ? [pipelineStages[index - 1] as ApplicationStage] : [];
  return [...forward, ...back, "rejected"];
}

export const applicationSchema = z.object({
  id: z.string(),
  jobId: z.string(),
  jobTitle: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  candidateId: z.string(),
  candidateName: z.string(),
  candidateEmail: z.string().optional().describe("Only for members of the employer"),
  stage: applicationStageSchema,
  resumeId: z.string().nullable().describe("The candidate's resume this application was sent with; null once deleted"),
  hasResume: z.boolean().describe("Whether a resume was sent; GET …/resume returns it as it was when applying"),
  coverNote: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Application = z.infer<typeof applicationSchema>;

/** What lists return: everything but the cover note, which can run to 5,000 characters (GET one for it). */
export const applicationSummarySchema = applicationSchema.omit({ coverNote: true });
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;

export const createApplicationSchema = z.object({
  coverNote: z.string().trim().max(5_000).default(""),
  resumeId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe("One of your resumes to send with the application; counts toward its A/B experiment"),
});
export type CreateApplication = z.infer<typeof createApplicationSchema>;

export const moveStageSchema = z.object({
  stage: applicationStageSchema.exclude(["withdrawn"]),
  note: z.string().trim().max(2_000).default(""),
});

export const stageEventSchema = z.object({
  id: z.string(),
  fromStage: applicationStageSchema.nullable(),
  toStage: applicationStageSchema,
  actorName: z.string().nullable(),
  note: z.string(),
  createdAt: z.string(),
});
export type StageEvent = z.infer<typeof stageEventSchema>;

export const applicationQuerySchema = z.object({
  stage: applicationStageSchema.optional(),
});
