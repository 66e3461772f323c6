import { z } from "zod";

export const experimentGoalSchema = z
  .enum(["interview", "application"])
  .describe("interview: applications sent → interview invitations; application: share-link views → applications");
export type ExperimentGoal = z.infer<typeof experimentGoalSchema>;

export const experimentVariantSchema = z.object({
  label: z.string().describe("A, B, C, D in the order given; A is the baseline"),
  resumeId: z.string(),
  resumeTitle: z.string(),
  shareSlug: z.string().nullable().describe("The variant's tracked share link; null only if it was revoked"),
});
export type ExperimentVariant = z.infer<typeof experimentVariantSchema>;

export const experimentSchema = z.object({
  id: z.string(),
  name: z.string(),
  goal: experimentGoalSchema,
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  variants: z.array(experimentVariantSchema),
});
export type Experiment = z.infer<typeof experimentSchema>;

export const createExperimentSchema = z.object({
  name: z.string().trim().min(1).max(120),
  goal: experimentGoalSchema.default("interview"),
  resumeIds: z
    .array(z.string().min(1).max(100))
    .min(2, "an experiment compares 2 to 4 resumes")
    .max(4, "an experiment compares 2 to 4 resumes")
    .refine((ids) => new Set(ids).size === ids.length, "each resume can be a variant only once")
    .describe("Your resumes, baseline first"),
});
export type CreateExperiment = z.infer<typeof createExperimentSchema>;

export const renameExperimentSchema = z.object({ name: z.string().trim().min(1).max(120) });

const probability = z.number().min(0).max(1);

export const variantResultSchema = experimentVariantSchema.extend({
  views: z.number().int().describe("Share-link views, each visitor counted once a day"),
  downloads: z.number().int(),
  applications: z.number().int().describe("Applications sent with this resume during the experiment"),
  interviews: z.number().int().describe("Of those applications, how many reached the interview stage"),
  trials: z.number().int(),
  conversions: z.number().int(),
  conversionRate: probability,
  posteriorMean: probability,
  credibleInterval: z.object({ low: probability, high: probability }).describe("95% credible interval"),
  probabilityBeatsBaseline: probability.nullable().describe("P(rate > A's rate); null for A"),
  probabilityBest: probability,
  expectedLift: z.number().nullable().describe("Posterior mean minus A's, in rate units; null for A"),
  relativeLift: z.number().nullable().describe("Posterior mean relative to A's (0.2 = 20% better); null for A"),
});
export type VariantResult = z.infer<typeof variantResultSchema>;

export const experimentVerdictSchema = z.object({
  kind: z.enum(["not-enough-data", "winner", "no-clear-winner"]),
  message: z.string(),
  label: z.string().nullable().describe("The winner or the current leader; null while there is not enough data"),
  probabilityBest: probability.nullable(),
  moreTrialsNeeded: z.number().int(),
  moreConversionsNeeded: z.number().int(),
});
export type ExperimentVerdict = z.infer<typeof experimentVerdictSchema>;

export const experimentDaySchema = z.object({
  date: z.string().describe("YYYY-MM-DD (UTC)"),
  variants: z.array(
    z.object({
      label: z.string(),
      views: z.number().int(),
      downloads: z.number().int(),
      applications: z.number().int(),
      interviews: z.number().int(),
    }),
  ),
});
export type ExperimentDay = z.infer<typeof experimentDaySchema>;

export const experimentResultsSchema = z.object({
  experiment: experimentSchema,
  trialsNoun: z.enum(["applications", "views"]),
  conversionsNoun: z.enum(["interviews", "applications"]),
  minimumSample: z.object({ trialsPerVariant: z.number().int(), totalConversions: z.number().int() }),
  variants: z.array(variantResultSchema),
  verdict: experimentVerdictSchema,
  timeline: z.array(experimentDaySchema).describe("Day by day since the experiment started, oldest first"),
});
export type ExperimentResults = z.infer<typeof experimentResultsSchema>;
