import { z } from "zod";

/**
 * Career coach contract: occupation matching, skill gaps, paths, salaries, interview practice and learning plans over
 * O*NET, ESCO and BLS data. Every figure travels with the data set and period it comes from, so the UI can cite it.
 * Lists are capped so that a response stays a few kilobytes.
 */

export const onetCodeSchema = z
  .string()
  .regex(/^\d\d-\d{4}\.\d\d$/, "Expected an O*NET-SOC code such as 15-1252.00")
  .describe("O*NET-SOC 2019 code, e.g. 15-1252.00");

/** A job title as people type it ("sr. frontend dev", "RN"). */
const jobTitleText = z.string().trim().min(1).max(120);

export const dataSourceSchema = z.object({
  dataset: z.string().describe('e.g. "BLS OEWS", "O*NET 29.3"'),
  period: z.string().describe('Reference period or release, e.g. "May 2024"'),
  citation: z.string().describe("Attribution to show next to the figures"),
});
export type DataSource = z.infer<typeof dataSourceSchema>;

export const occupationRefSchema = z.object({ code: onetCodeSchema, title: z.string() });
export type OccupationRef = z.infer<typeof occupationRefSchema>;

export const occupationSearchQuerySchema = z.object({
  q: jobTitleText,
  limit: z.coerce.number().int().min(1).max(25).default(10),
});
export type OccupationSearchQuery = z.infer<typeof occupationSearchQuerySchema>;

export const occupationMatchSchema = occupationRefSchema.extend({
  matchedTitle: z.string().describe("The alternate or reported title that matched best"),
  score: z.number().describe("0–1 match confidence"),
});
export const occupationMatchListSchema = z.object({
  items: z.array(occupationMatchSchema),
  source: dataSourceSchema,
});
export type OccupationMatchList = z.infer<typeof occupationMatchListSchema>;

export const occupationCodeParamsSchema = z.object({ code: onetCodeSchema });

const wagePointSchema = z.object({
  percentile: z.union([z.literal(10), z.literal(25), z.literal(50), z.literal(75), z.literal(90)]),
  value: z.number().nullable(),
  atLeast: z.boolean().describe("At the OEWS top code: the true value is at least `value`"),
  display: z.string().describe('"$133,080", "≥ $239,200" or "not available"'),
});

export const payPeriodSchema = z.enum(["annual", "hourly"]);

export const salaryInsightsSchema = z.object({
  code: onetCodeSchema,
  title: z.string(),
  socCode: z.string().describe("SOC code the figures are published for (a broad group when OEWS has no detail)"),
  socTitle: z.string(),
  employment: z.number().nullable(),
  annual: z.array(wagePointSchema),
  hourly: z.array(wagePointSchema),
  topCoded: z.boolean(),
  comparison: z
    .object({
      salary: z.number(),
      period: payPeriodSchema,
      band: z.string().describe('e.g. "between the 25th and 50th percentiles"'),
      estimatedPercentile: z.number().nullable(),
      differenceFromMedian: z.number().nullable(),
      differenceFromMedianShare: z.number().nullable(),
    })
    .nullable(),
  source: dataSourceSchema,
});
export type SalaryInsightsResponse = z.infer<typeof salaryInsightsSchema>;

export const salaryQuerySchema = z.object({
  code: onetCodeSchema,
  compare: z.coerce.number().positive().max(100_000_000).optional().describe("A current or offered salary"),
  comparePeriod: payPeriodSchema.default("annual"),
});
export type SalaryQuery = z.infer<typeof salaryQuerySchema>;

const elementScoreSchema = z.object({
  name: z.string(),
  importance: z.number().describe("O*NET importance, 1–5"),
  level: z.number().nullable().describe("O*NET level, 0–7"),
});
const technologySchema = z.object({ name: z.string(), hot: z.boolean(), inDemand: z.boolean() });

export const occupationDetailSchema = occupationRefSchema.extend({
  description: z.string(),
  jobZone: z.number().int().nullable().describe("O*NET Job Zone: 1 little preparation … 5 extensive preparation"),
  skills: z.array(elementScoreSchema),
  knowledge: z.array(elementScoreSchema),
  technologies: z.array(technologySchema),
  tasks: z.array(z.string()),
  alternateTitles: z.array(z.string()),
  reportedTitles: z.array(z.string()).describe("Titles workers in this occupation reported in O*NET surveys"),
  related: z.array(occupationRefSchema),
  source: dataSourceSchema,
  wages: salaryInsightsSchema.nullable(),
});
export type OccupationDetail = z.infer<typeof occupationDetailSchema>;

export const skillGapRequestSchema = z.object({
  from: jobTitleText.describe("Current occupation: an O*NET-SOC code or a job title"),
  to: onetCodeSchema,
  skills: z.array(z.string().trim().min(1).max(100)).max(200).optional(),
  resumeId: z.string().min(1).max(100).optional().describe("One of the caller's resumes, whose skills are added"),
});
export type SkillGapRequest = z.infer<typeof skillGapRequestSchema>;

const elementGapSchema = z.object({
  kind: z.enum(["skill", "knowledge"]),
  name: z.string(),
  importance: z.number(),
  targetLevel: z.number(),
  currentLevel: z.number(),
  priority: z.number().describe("Importance × level difference: larger gaps first"),
});

const resolvedFromSchema = occupationRefSchema.extend({
  matchedTitle: z.string().nullable().describe("The title `from` was matched to, when it was not a code"),
});

export const skillGapSchema = z.object({
  from: resolvedFromSchema,
  to: occupationRefSchema,
  readiness: z.number().describe("0–1 share of the target's important skills and knowledge already met"),
  gaps: z.array(elementGapSchema),
  covered: z.array(elementGapSchema),
  missingTechnologies: z.array(technologySchema),
  coveredTechnologies: z.array(z.string()),
  missingEscoSkills: z.array(z.string()),
  skillsConsidered: z.number().int().describe("Named skills used, including the resume's"),
  sources: z.array(dataSourceSchema),
});
export type SkillGapResponse = z.infer<typeof skillGapSchema>;

export const careerPathQuerySchema = z.object({
  from: onetCodeSchema,
  to: onetCodeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(20).default(10),
});
export type CareerPathQuery = z.infer<typeof careerPathQuerySchema>;

export const nextRoleSchema = occupationRefSchema.extend({
  jobZone: z.number().nullable(),
  medianAnnualWage: z.number().nullable(),
  score: z.number(),
  reasons: z.object({
    similarity: z.number(),
    onetRelatedRank: z.number().nullable(),
    sharedSkills: z.array(z.string()),
    gapCount: z.number(),
    topGaps: z.array(z.string()),
    readiness: z.number(),
    jobZoneChange: z.number().nullable(),
    salaryDelta: z.number().nullable().describe("Median annual wage difference, BLS OEWS"),
    salaryRatio: z.number().nullable(),
  }),
});

export const careerPathsSchema = z.object({
  from: occupationRefSchema,
  to: occupationRefSchema.nullable(),
  nextRoles: z.array(nextRoleSchema).describe("Ranked next roles; empty when `to` is given"),
  path: z
    .object({
      steps: z.array(
        occupationRefSchema.extend({
          jobZone: z.number().nullable(),
          medianAnnualWage: z.number().nullable(),
          similarity: z.number(),
          gapCount: z.number(),
          topGaps: z.array(z.string()),
        }),
      ),
      plausibility: z.number().describe("0–1: product of the step similarities"),
    })
    .nullable()
    .describe("Route to `to`; null when none is realistic or `to` is not given"),
  sources: z.array(dataSourceSchema),
});
export type CareerPaths = z.infer<typeof careerPathsSchema>;

export const interviewQuestionsQuerySchema = z.object({ code: onetCodeSchema });
export const interviewQuestionsSchema = z.object({
  occupation: occupationRefSchema,
  questions: z.array(
    z.object({
      kind: z.enum(["task", "skill", "technology", "behavioural"]),
      text: z.string(),
      basis: z.string().describe("The O*NET task, skill or technology the question probes"),
    }),
  ),
  source: dataSourceSchema,
});
export type InterviewQuestions = z.infer<typeof interviewQuestionsSchema>;

export const answerAssessmentRequestSchema = z.object({
  question: z.string().trim().min(1).max(1_000),
  answer: z.string().trim().min(1).max(10_000),
  code: onetCodeSchema.optional().describe("The role practised for: its technologies count as named tools"),
});
export type AnswerAssessmentRequest = z.infer<typeof answerAssessmentRequestSchema>;

export const answerFeedbackSchema = z.object({
  question: z.string(),
  score: z.number().describe("0–100: structure 50, specificity 35, length 15"),
  structure: z.object({ situation: z.boolean(), task: z.boolean(), action: z.boolean(), result: z.boolean() }),
  specificity: z.object({
    numbers: z.array(z.string()),
    namedTools: z.array(z.string()),
    resultStatements: z.number(),
  }),
  words: z.number(),
  suggestions: z.array(z.string()),
});
export type AnswerFeedbackResponse = z.infer<typeof answerFeedbackSchema>;

export const learningPlanRequestSchema = skillGapRequestSchema.extend({
  weeklyHours: z.number().min(1).max(60),
});
export type LearningPlanRequest = z.infer<typeof learningPlanRequestSchema>;

export const careerResourceSchema = z.object({
  title: z.string(),
  url: z.string(),
  kind: z.enum(["course", "book", "guide"]),
  provider: z.string().nullable(),
  source: z.enum(["free-programming-books", "curated"]),
});

export const learningPlanSchema = z.object({
  from: resolvedFromSchema,
  to: occupationRefSchema,
  weeklyHours: z.number(),
  totalHours: z.number(),
  totalWeeks: z.number(),
  steps: z.array(
    z.object({
      skill: z.string(),
      hours: z.number().describe("Estimated study hours: the first resource's kind, or practice per missing level"),
      startWeek: z.number().int(),
      endWeek: z.number().int(),
      resources: z.array(careerResourceSchema).describe("Free resources, best first"),
    }),
  ),
  sources: z.array(dataSourceSchema),
});
export type LearningPlanResponse = z.infer<typeof learningPlanSchema>;
