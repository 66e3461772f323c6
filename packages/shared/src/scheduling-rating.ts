import { z } from "zod";

export const SCHEDULING_RATING_COMMENT_MAX = 500;

/** A candidate's verdict on how booking their interview went; sending it again replaces the earlier one. */
export const schedulingRatingInputSchema = z.object({
  rating: z.number().int().min(1).max(5).describe("1 (poor) to 5 (excellent)"),
  comment: z
    .string()
    .trim()
    .max(SCHEDULING_RATING_COMMENT_MAX)
    .default("")
    .describe("Optional; kept with the rating, never shown to the interviewers"),
});
export type SchedulingRatingInput = z.infer<typeof schedulingRatingInputSchema>;

export const schedulingRatingSchema = z.object({
  rating: z.number().int().min(1).max(5).nullable().describe("null until the candidate rates"),
  comment: z.string(),
  ratedAt: z.string().nullable(),
});
export type SchedulingRating = z.infer<typeof schedulingRatingSchema>;
