import { z } from "zod";

/** The four features the success metrics judge, in dashboard order. */
export const metricFeatures = ["career_coach", "video_portfolio", "scheduling", "resume_builder"] as const;
export const metricFeatureSchema = z.enum(metricFeatures);
export type MetricFeature = z.infer<typeof metricFeatureSchema>;

export const metricFeatureLabels: Record<MetricFeature, string> = {
  career_coach: "AI Career Coach",
  video_portfolio: "Video Resume & Portfolio",
  scheduling: "Smart Scheduling",
  resume_builder: "AI Resume Builder",
};

/** How a value reads: a share (0–1, shown as %), a count, hours, a 1–5 score or ATS points. */
export const metricUnitSchema = z.enum(["ratio", "count", "hours", "rating", "points"]);
export type MetricUnit = z.infer<typeof metricUnitSchema>;

export const metricKeys = [
  "coach_engagement_rate",
  "coach_completion_rate",
  "coach_acceptance_rate",
  "coach_thumbs_up_share",
  "coach_average_rating",
  "video_upload_rate",
  "profile_completion_rate",
  "portfolio_views",
  "employer_engagement",
  "scheduling_success_rate",
  "time_to_schedule",
  "rescheduling_rate",
  "scheduling_satisfaction",
  "resume_creation_rate",
  "ats_score_improvement",
  "resume_exports",
  "application_success_rate",
] as const;
export const metricKeySchema = z.enum(metricKeys);
export type MetricKey = z.infer<typeof metricKeySchema>;

/** What each metric is, in words a person running Hirefolio reads on hover; the API and the CSV use the same text. */
export const metricDefinitions: Record<
  MetricKey,
  { feature: MetricFeature; label: string; unit: MetricUnit; higherIsBetter: boolean; definition: string }
> = {
  coach_engagement_rate: {
    feature: "career_coach",
    label: "Engagement rate",
    unit: "ratio",
    higherIsBetter: true,
    definition: "Users who sent the coach at least one message ÷ users active on Hirefolio in the period.",
  },
  coach_completion_rate: {
    feature: "career_coach",
    label: "Chat completion rate",
    unit: "ratio",
    higherIsBetter: true,
    definition:
      "Conversations started in the period that reached an outcome card (skill gap, career path, salary, plan, …) ÷ conversations started.",
  },
  coach_acceptance_rate: {
    feature: "career_coach",
    label: "Recommendation acceptance",
    unit: "ratio",
    higherIsBetter: true,
    definition: "Recommendations the user accepted ÷ outcome cards shown in the period.",
  },
  coach_thumbs_up_share: {
    feature: "career_coach",
    label: "Thumbs up",
    unit: "ratio",
    higherIsBetter: true,
    definition: "Thumbs up ÷ all thumbs given to coach answers in the period.",
  },
  coach_average_rating: {
    feature: "career_coach",
    label: "Average rating",
    unit: "rating",
    higherIsBetter: true,
    definition: "Mean of the 1–5 ratings given to coach answers in the period.",
  },
  video_upload_rate: {
    feature: "video_portfolio",
    label: "Video upload rate",
    unit: "ratio",
    higherIsBetter: true,
    definition: "Active candidates with a processed video introduction by the end of the period ÷ active candidates.",
  },
  profile_completion_rate: {
    feature: "video_portfolio",
    label: "Profile completion rate",
    unit: "ratio",
    higherIsBetter: true,
    definition:
      "Active candidates whose profile has every defined field (name, headline, location, summary — the portfolio bio, photo, target role, at least three skills) by the end of the period ÷ active candidates.",
  },
  portfolio_views: {
    feature: "video_portfolio",
    label: "Portfolio views",
    unit: "count",
    higherIsBetter: true,
    definition: "Public portfolio page views; a visitor counts once per page and day.",
  },
  employer_engagement: {
    feature: "video_portfolio",
    label: "Employer engagement",
    unit: "count",
    higherIsBetter: true,
    definition: "Portfolio views, video plays and contact clicks by signed-in employers (recruiters and interviewers).",
  },
  scheduling_success_rate: {
    feature: "scheduling",
    label: "Scheduling success rate",
    unit: "ratio",
    higherIsBetter: true,
    definition: "Interview proposals made in the period that ended in a booked interview ÷ proposals made.",
  },
  time_to_schedule: {
    feature: "scheduling",
    label: "Time to schedule",
    unit: "hours",
    higherIsBetter: false,
    definition: "Median hours from proposal to booking for interviews booked in the period (p90 alongside).",
  },
  rescheduling_rate: {
    feature: "scheduling",
    label: "Rescheduling rate",
    unit: "ratio",
    higherIsBetter: false,
    definition: "Reschedules in the period ÷ interviews booked in the period.",
  },
  scheduling_satisfaction: {
    feature: "scheduling",
    label: "Scheduling satisfaction",
    unit: "rating",
    higherIsBetter: true,
    definition: "Mean of the 1–5 ratings candidates gave the booking experience in the period.",
  },
  resume_creation_rate: {
    feature: "resume_builder",
    label: "Resume creation rate",
    unit: "ratio",
    higherIsBetter: true,
    definition: "Active candidates who created a resume in the period ÷ active candidates.",
  },
  ats_score_improvement: {
    feature: "resume_builder",
    label: "ATS score improvement",
    unit: "points",
    higherIsBetter: true,
    definition:
      "Mean of (latest − first) ATS score over resumes analysed at least twice, counting resumes analysed in the period.",
  },
  resume_exports: {
    feature: "resume_builder",
    label: "Exports",
    unit: "count",
    higherIsBetter: true,
    definition: "Resume downloads in the period, by format.",
  },
  application_success_rate: {
    feature: "resume_builder",
    label: "Application success rate",
    unit: "ratio",
    higherIsBetter: true,
    definition:
      "Applications submitted in the period that reached the interview stage ÷ applications submitted; by A/B variant when the resume was one.",
  },
};

const isoDate = z.iso.date().describe("YYYY-MM-DD, UTC");

export const metricsQuerySchema = z
  .object({
    from: isoDate.describe("First day, UTC (YYYY-MM-DD)"),
    to: isoDate.describe("Last day included, UTC (YYYY-MM-DD)"),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .refine((q) => q.from <= q.to, { message: "The range ends before it starts", path: ["to"] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < 731, {
    message: "A range can cover at most two years",
    path: ["from"],
  });
export type MetricsQuery = z.infer<typeof metricsQuerySchema>;

export const metricPointSchema = z.object({
  date: isoDate.describe("First day of the bucket"),
  value: z.number().nullable().describe("Null where the bucket has nothing to measure (no denominator)"),
});
export type MetricPoint = z.infer<typeof metricPointSchema>;

export const metricSchema = z.object({
  key: metricKeySchema,
  feature: metricFeatureSchema,
  label: z.string(),
  unit: metricUnitSchema,
  higherIsBetter: z.boolean(),
  definition: z.string(),
  value: z.number().nullable().describe("The whole period; null with nothing to measure"),
  previousValue: z.number().nullable().describe("The same length of time just before"),
  numerator: z.number().nullable().describe("For ratios: the counted part"),
  denominator: z.number().nullable().describe("For ratios: what it is counted out of; for means: the sample size"),
  series: z.array(metricPointSchema).describe("One point per bucket of the period, oldest first"),
  previousSeries: z.array(metricPointSchema).describe("The previous period, bucket for bucket"),
  breakdown: z
    .array(z.object({ label: z.string(), value: z.number().nullable(), sampleSize: z.number().int().nullable() }))
    .describe("Parts of the figure: export formats, A/B variants, p90, employer views/plays/clicks"),
});
export type Metric = z.infer<typeof metricSchema>;

export const metricsReportSchema = z.object({
  from: isoDate,
  to: isoDate,
  previousFrom: isoDate,
  previousTo: isoDate,
  bucket: z.enum(["day", "week", "month"]).describe("Day up to 62 days, week up to a year, then month"),
  refreshedAt: z.string().nullable().describe("When the rollups were last refreshed (ISO); null before the first run"),
  features: z.array(z.object({ feature: metricFeatureSchema, label: z.string(), metrics: z.array(metricSchema) })),
});
export type MetricsReport = z.infer<typeof metricsReportSchema>;
