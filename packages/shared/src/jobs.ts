import { z } from "zod";
import { applicationStageSchema } from "./applications";

export const jobStatusSchema = z.enum(["draft", "open", "closed"]);
export const workplaceSchema = z.enum(["onsite", "hybrid", "remote"]);

export const jobSchema = z.object({
  id: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  title: z.string(),
  description: z.string(),
  location: z.string(),
  workplace: workplaceSchema,
  salaryMin: z.number().int().nullable(),
  salaryMax: z.number().int().nullable(),
  salaryCurrency: z.string(),
  status: jobStatusSchema,
  applicantCount: z.number().int().optional().describe("Only for members of the employer"),
  myApplication: z
    .object({ id: z.string(), stage: applicationStageSchema })
    .nullable()
    .optional()
    .describe("Only for signed-in candidates: their application to this job, if any"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Job = z.infer<typeof jobSchema>;

const jobFields = {
  title: z.string().trim().min(2).max(160),
  description: z.string().trim().min(1).max(20_000),
  location: z.string().trim().max(120).default(""),
  workplace: workplaceSchema.default("onsite"),
  salaryMin: z.number().int().min(0).max(10_000_000).nullable().default(null),
  salaryMax: z.number().int().min(0).max(10_000_000).nullable().default(null),
  salaryCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/, "Use an ISO 4217 code such as USD")
    .default("USD"),
  status: jobStatusSchema.default("draft"),
};

function salaryOrdered(v: { salaryMin?: number | null; salaryMax?: number | null }) {
  return v.salaryMin == null || v.salaryMax == null || v.salaryMin <= v.salaryMax;
}
const salaryOrderIssue = { message: "salaryMin must not exceed salaryMax", path: ["salaryMax"] };

export const createJobSchema = z.object(jobFields).refine(salaryOrdered, salaryOrderIssue);
export type CreateJob = z.infer<typeof createJobSchema>;

export const updateJobSchema = z
  .object({
    title: jobFields.title.optional(),
    description: jobFields.description.optional(),
    location: z.string().trim().max(120).optional(),
    workplace: workplaceSchema.optional(),
    salaryMin: z.number().int().min(0).max(10_000_000).nullable().optional(),
    salaryMax: z.number().int().min(0).max(10_000_000).nullable().optional(),
    salaryCurrency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    status: jobStatusSchema.optional(),
  })
  .refine(salaryOrdered, salaryOrderIssue);
export type UpdateJob = z.infer<typeof updateJobSchema>;

export const jobSearchQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  workplace: workplaceSchema.optional(),
});
