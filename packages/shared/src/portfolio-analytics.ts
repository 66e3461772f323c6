import { z } from "zod";
import { portfolioThemeSchema } from "./portfolio";

/** What the public page reports from the browser; views are counted by the API on the page read itself. */
export const portfolioEventTypes = ["video_play", "video_complete", "link_click"] as const;
export const portfolioEventTypeSchema = z.enum(portfolioEventTypes);
export type PortfolioEventType = z.infer<typeof portfolioEventTypeSchema>;

export const portfolioEventSchema = z
  .object({
    type: portfolioEventTypeSchema,
    target: z
      .string()
      .trim()
      .max(500)
      .refine(
        (value) => URL.canParse(value) && ["http:", "https:"].includes(new URL(value).protocol),
        "An http:// or https:// address",
      )
      .optional()
      .describe("The address a link click led to; required for link_click, not allowed otherwise"),
  })
  .refine((event) => (event.type === "link_click") === (event.target !== undefined), {
    message: "link_click needs a target; video events take none",
    path: ["target"],
  });
export type PortfolioEvent = z.infer<typeof portfolioEventSchema>;

/** What a link preview of the page shows (its Open Graph image). */
export const portfolioCardSchema = z.object({
  handle: z.string(),
  theme: portfolioThemeSchema,
  name: z.string(),
  headline: z.string(),
  avatarUrl: z.string().nullable().describe("Signed for a few minutes when uploaded"),
});
export type PortfolioCard = z.infer<typeof portfolioCardSchema>;

export const portfolioAnalyticsQuerySchema = z.object({
  days: z.coerce.number().int().min(1).max(365).default(30).describe("How many UTC days back, today included"),
});

export const portfolioAnalyticsSchema = z.object({
  days: z.number().int(),
  from: z.string().describe("First day counted (YYYY-MM-DD, UTC)"),
  to: z.string().describe("Last day counted: today (YYYY-MM-DD, UTC)"),
  viewsPerDay: z
    .array(z.object({ date: z.string(), views: z.number().int() }))
    .describe("Every day of the range, oldest first; a visitor counts once a day"),
  totals: z.object({
    views: z.number().int().describe("Visitor-days: one per visitor and day"),
    plays: z.number().int().describe("Visitor-days that started the video"),
    completions: z.number().int().describe("Visitor-days that watched at least 90 % of it"),
    completionRate: z.number().min(0).max(1).nullable().describe("completions / plays; null without plays"),
    linkClicks: z.number().int(),
  }),
  linkClicks: z
    .array(z.object({ target: z.string(), clicks: z.number().int() }))
    .describe("Visitor-days that clicked each address, most clicked first"),
  employerViewers: z
    .array(
      z.object({
        organizationId: z.string(),
        name: z.string(),
        views: z.number().int(),
        lastViewedAt: z.string(),
      }),
    )
    .describe("Employers whose signed-in members viewed the page, latest first"),
});
export type PortfolioAnalytics = z.infer<typeof portfolioAnalyticsSchema>;
