import { z } from "zod";
import { careerResourceSchema, dataSourceSchema, occupationRefSchema, skillGapRequestSchema } from "./career";
import { pageSchema } from "./pagination";

/**
 * Job search strategy: a weekly plan of concrete, checkable tasks built from the user's situation (target role,
 * skill gaps, job zone, location, urgency) and the progress made on it. The situation is stored with the plan, so
 * every piece of evidence a task cites can be traced to the data it was built from.
 */

export const jobSearchUrgencySchema = z.enum(["exploring", "within-3-months", "asap"]);
export type JobSearchUrgency = z.infer<typeof jobSearchUrgencySchema>;

export const jobSearchTaskCategorySchema = z.enum([
  "search-setup",
  "resume",
  "skills",
  "applications",
  "networking",
  "interview",
]);
export type JobSearchTaskCategory = z.infer<typeof jobSearchTaskCategorySchema>;

export const jobSearchWeeklyHoursSchema = z.number().int().min(1).max(60).describe("Hours a week for the search");
const isoDate = z.iso.date().describe("ISO date, YYYY-MM-DD");
const jobZoneSchema = z.number().int().min(1).max(5).nullable().describe("O*NET Job Zone 1–5");

const occupationWithZoneSchema = occupationRefSchema.extend({ jobZone: jobZoneSchema });

/** A gap to close before or while applying: an O*NET skill or knowledge area, or a technology. */
export const jobSearchGapSchema = z.object({
  name: z.string(),
  kind: z.enum(["skill", "knowledge", "technology"]),
  importance: z.number().nullable().describe("O*NET importance 1–5; null for a technology"),
  currentLevel: z.number().nullable().describe("O*NET level of the current role; null for a technology"),
  targetLevel: z.number().nullable(),
  hot: z.boolean().describe("An O*NET hot technology"),
  resource: careerResourceSchema.nullable().describe("The best free resource for it, if the catalogue has one"),
});
export type JobSearchGap = z.infer<typeof jobSearchGapSchema>;

export const jobSearchSituationSchema = z.object({
  current: occupationWithZoneSchema.nullable(),
  target: occupationWithZoneSchema.extend({
    reportedTitles: z.array(z.string()).describe("O*NET reported titles: what people in the job call it"),
    alternateTitles: z.array(z.string()).describe("O*NET alternate titles: what employers post the job as"),
    hotTechnologies: z.array(z.string()),
    topGaps: z.array(jobSearchGapSchema).describe("Largest gaps first"),
    readiness: z.number().min(0).max(1).nullable().describe("Share of the target's important skills met"),
    medianAnnualWage: z.number().nullable(),
  }),
  bridge: occupationWithZoneSchema
    .nullable()
    .describe("A role in between, when the target is two or more job zones above the current role"),
  location: z.string().nullable().describe('A place, "remote", or null for no preference'),
  urgency: jobSearchUrgencySchema,
  weeklyHours: jobSearchWeeklyHoursSchema,
  startDate: isoDate,
  sources: z.array(dataSourceSchema),
});
export type JobSearchSituation = z.infer<typeof jobSearchSituationSchema>;

export const jobSearchTaskSchema = z.object({
  id: z.string().describe("Stable within the plan: the same situation always gives the same ids"),
  week: z.number().int().min(1),
  category: jobSearchTaskCategorySchema,
  title: z.string(),
  detail: z.string(),
  targetCount: z.number().int().nullable().describe('How many, where it applies ("Apply to 5 roles")'),
  estimatedHours: z.number(),
  link: z.string().nullable().describe("An in-app path or a learning resource URL"),
  evidence: z.string().describe("Why, from the data"),
});
export type JobSearchTask = z.infer<typeof jobSearchTaskSchema>;

export const jobSearchWeekSchema = z.object({
  week: z.number().int().min(1),
  startsOn: isoDate,
  focus: z.string(),
  hours: z.number().describe("Estimated hours of the week's tasks; never above the weekly budget"),
  tasks: z.array(jobSearchTaskSchema),
});

export const jobSearchPlanSchema = z.object({
  totalWeeks: z.number().int().min(4).max(12),
  weeklyHours: z.number(),
  searchTerms: z.array(z.string()).describe("Job titles to search for, from O*NET"),
  weeks: z.array(jobSearchWeekSchema),
});
export type JobSearchPlan = z.infer<typeof jobSearchPlanSchema>;

export const jobSearchProgressSchema = z.object({
  done: z.number().int(),
  total: z.number().int(),
  percent: z.number().int().min(0).max(100),
  thisWeek: z
    .object({ week: z.number().int(), done: z.number().int(), total: z.number().int() })
    .nullable()
    .describe("The plan week today falls in; null before the start and after the end"),
});
export type JobSearchProgress = z.infer<typeof jobSearchProgressSchema>;

const roleText = skillGapRequestSchema.shape.from;

export const createJobSearchPlanSchema = z.object({
  to: roleText.describe("Target occupation: an O*NET-SOC code or a job title"),
  from: roleText.optional(),
  location: z.string().trim().min(1).max(120).optional().describe('A city or region, or "remote"'),
  urgency: jobSearchUrgencySchema.default("within-3-months"),
  weeklyHours: jobSearchWeeklyHoursSchema.default(6),
  startDate: isoDate.optional().describe("Defaults to today"),
  conversationId: z.uuid().optional().describe("The coach conversation the plan came from"),
});
export type CreateJobSearchPlan = z.input<typeof createJobSearchPlanSchema>;
export type CreateJobSearchPlanParsed = z.infer<typeof createJobSearchPlanSchema>;

export const jobSearchPlanParamsSchema = z.object({ id: z.uuid() });
export const jobSearchTaskParamsSchema = jobSearchPlanParamsSchema.extend({
  taskId: z.string().min(1).max(120),
});
export const updateJobSearchTaskSchema = z.object({ done: z.boolean() });

const planMeta = {
  id: z.string(),
  conversationId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  progress: jobSearchProgressSchema,
};

export const jobSearchPlanDetailSchema = z.object({
  ...planMeta,
  situation: jobSearchSituationSchema,
  plan: jobSearchPlanSchema.extend({
    weeks: z.array(
      jobSearchWeekSchema.extend({
        tasks: z.array(jobSearchTaskSchema.extend({ doneAt: z.string().nullable() })),
      }),
    ),
  }),
});
export type JobSearchPlanDetail = z.infer<typeof jobSearchPlanDetailSchema>;

export const jobSearchPlanSummarySchema = z.object({
  ...planMeta,
  target: occupationRefSchema,
  urgency: jobSearchUrgencySchema,
  location: z.string().nullable(),
  startDate: isoDate,
  totalWeeks: z.number().int(),
});
export type JobSearchPlanSummary = z.infer<typeof jobSearchPlanSummarySchema>;
export const jobSearchPlanPageSchema = pageSchema(jobSearchPlanSummarySchema);

export const jobSearchTaskResultSchema = z.object({
  taskId: z.string(),
  done: z.boolean(),
  progress: jobSearchProgressSchema,
});
export type JobSearchTaskResult = z.infer<typeof jobSearchTaskResultSchema>;
