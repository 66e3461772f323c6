import { z } from "zod";
import { githubStatsSchema } from "./github-stats";

export const portfolioThemes = ["minimal", "developer", "designer", "executive"] as const;
export const portfolioThemeSchema = z.enum(portfolioThemes);
export type PortfolioTheme = z.infer<typeof portfolioThemeSchema>;

export const portfolioVisibilitySchema = z
  .enum(["public", "unlisted", "private"])
  .describe("public: anyone; unlisted: only with the link's token; private: only you");
export type PortfolioVisibility = z.infer<typeof portfolioVisibilitySchema>;

/** The `/p/{handle}` address; reserved words (admin, api, …) are refused by the server as well. */
export const portfolioHandleSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "At least 3 characters")
  .max(30, "At most 30 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Letters a–z, digits and single hyphens between them");

/** Only https: a portfolio must not send its visitors to plain-text or script URLs. */
const httpsUrl = z
  .string()
  .trim()
  .max(300)
  .refine((value) => URL.canParse(value) && new URL(value).protocol === "https:", "An https:// address");

const linkedinUrl = httpsUrl.refine((value) => {
  const host = new URL(value).hostname.toLowerCase();
  return host === "linkedin.com" || host.endsWith(".linkedin.com");
}, "A linkedin.com address");

/** GitHub's own rules: 1–39 letters, digits or single hyphens, not starting or ending with one. */
export const githubUsernameSchema = z
  .string()
  .trim()
  .max(39)
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9]))*$/, "A GitHub username (letters, digits, single hyphens)");

export const portfolioSettingsSchema = z.object({
  handle: z.string(),
  theme: portfolioThemeSchema,
  visibility: portfolioVisibilitySchema,
  unlistedToken: z.string().describe("128 random bits; add ?token=… to the address of an unlisted page"),
  publicPath: z.string().describe("Where the page is, e.g. /p/ada or /p/ada?token=… when unlisted"),
  bio: z.string(),
  bioHtml: z.string(),
  githubUsername: z.string().nullable(),
  linkedinUrl: z.string().nullable(),
  websiteUrl: z.string().nullable(),
  updatedAt: z.string(),
});
export type PortfolioSettings = z.infer<typeof portfolioSettingsSchema>;

/** Fields left out keep their value; null clears a link. */
export const updatePortfolioSettingsSchema = z.object({
  handle: portfolioHandleSchema.optional(),
  theme: portfolioThemeSchema.optional().describe("Switching theme keeps all content"),
  visibility: portfolioVisibilitySchema.optional(),
  bio: z.string().max(5000).optional().describe("Markdown; raw HTML and images are not rendered"),
  githubUsername: githubUsernameSchema.nullable().optional(),
  linkedinUrl: linkedinUrl.nullable().optional(),
  websiteUrl: httpsUrl.nullable().optional(),
});
export type UpdatePortfolioSettings = z.infer<typeof updatePortfolioSettingsSchema>;

/** YYYY or YYYY-MM, as on a resume. */
const projectDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, "YYYY or YYYY-MM")
  .nullable();

/** A year alone counts as its first month when starting and its last when ending, so "2021"–"2021-06" is valid. */
const monthOf = (date: string, edge: "start" | "end") =>
  date.length === 4 ? `${date}-${edge === "start" ? "01" : "12"}` : date;

export const projectLinkSchema = z.object({
  label: z.string().trim().min(1).max(60),
  url: z
    .string()
    .trim()
    .max(500)
    .refine(
      (value) => URL.canParse(value) && ["http:", "https:"].includes(new URL(value).protocol),
      "An http:// or https:// address",
    ),
});

const tagsSchema = z
  .array(z.string().trim().min(1).max(40))
  .max(20)
  .transform((tags) => {
    const seen = new Set<string>();
    return tags.filter((tag) => !seen.has(tag.toLowerCase()) && seen.add(tag.toLowerCase()));
  })
  .describe("Up to 20, trimmed; repeats (ignoring case) are dropped");

const projectFields = {
  title: z.string().trim().min(1).max(120),
  role: z.string().trim().max(120),
  startDate: projectDateSchema,
  endDate: projectDateSchema.describe("null while ongoing"),
  description: z.string().max(10_000).describe("Markdown; raw HTML and images are not rendered"),
  tags: tagsSchema,
  links: z.array(projectLinkSchema).max(10),
};

/** Whether a project's dates are in order; either may be missing. The API re-checks a partial update with it. */
export const projectDatesInOrder = (startDate?: string | null, endDate?: string | null) =>
  !startDate || !endDate || monthOf(startDate, "start") <= monthOf(endDate, "end");
const datesInOrder = (project: { startDate?: string | null; endDate?: string | null }) =>
  projectDatesInOrder(project.startDate, project.endDate);
const datesInOrderIssue = { message: "The end date is before the start date", path: ["endDate"] };

export const createProjectSchema = z
  .object({
    ...projectFields,
    role: projectFields.role.default(""),
    startDate: projectFields.startDate.default(null),
    endDate: projectFields.endDate.default(null),
    description: projectFields.description.default(""),
    tags: projectFields.tags.default([]),
    links: projectFields.links.default([]),
  })
  .refine(datesInOrder, datesInOrderIssue);
export type CreateProject = z.infer<typeof createProjectSchema>;

export const updateProjectSchema = z.object(projectFields).partial().refine(datesInOrder, datesInOrderIssue);
export type UpdateProject = z.infer<typeof updateProjectSchema>;

export const reorderSchema = z.object({
  ids: z.array(z.string().min(1).max(100)).max(500).describe("Every one of your items, once, in the new order"),
});
export type Reorder = z.infer<typeof reorderSchema>;

export const projectSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  title: z.string(),
  role: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  description: z.string(),
  descriptionHtml: z.string().describe("The Markdown rendered server-side: no raw HTML, no images, safe links"),
  tags: z.array(z.string()),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  updatedAt: z.string(),
});
export type Project = z.infer<typeof projectSchema>;

export const mediaKindSchema = z.enum(["image", "video", "pdf"]);
export type MediaKind = z.infer<typeof mediaKindSchema>;

export const mediaSchema = z.object({
  id: z.string(),
  projectId: z.string().nullable().describe("null for a work sample shown on its own"),
  kind: mediaKindSchema,
  position: z.number().int(),
  title: z.string(),
  caption: z.string(),
  contentType: z.string(),
  bytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  pageCount: z.number().int().nullable(),
  url: z.string().describe("Signed, short-lived"),
  previewUrl: z.string().nullable().describe("Thumbnail (image) or first page (PDF); signed, short-lived"),
  createdAt: z.string(),
});
export type Media = z.infer<typeof mediaSchema>;

export const uploadMediaQuerySchema = z.object({
  projectId: z.string().min(1).max(100).optional(),
  title: z.string().trim().max(120).optional(),
});

export const updateMediaSchema = z.object({
  title: z.string().trim().max(120).optional(),
  caption: z.string().trim().max(500).optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  projectId: z.string().min(1).max(100).nullable().optional(),
});
export type UpdateMedia = z.infer<typeof updateMediaSchema>;

/** Languages the highlighter loads once per process; anything else is refused rather than shown unhighlighted. */
export const snippetLanguages = [
  "bash",
  "c",
  "cpp",
  "csharp",
  "css",
  "dart",
  "dockerfile",
  "elixir",
  "go",
  "graphql",
  "haskell",
  "html",
  "java",
  "javascript",
  "json",
  "jsx",
  "kotlin",
  "lua",
  "markdown",
  "php",
  "powershell",
  "python",
  "r",
  "ruby",
  "rust",
  "scala",
  "scss",
  "sql",
  "swift",
  "toml",
  "tsx",
  "typescript",
  "xml",
  "yaml",
] as const;
export const snippetLanguageSchema = z.enum(snippetLanguages);
export const snippetMaxChars = 20_000;
export const snippetMaxLines = 400;

const snippetFields = {
  projectId: z.string().min(1).max(100).nullable(),
  title: z.string().trim().max(120),
  language: snippetLanguageSchema,
  code: z
    .string()
    .min(1)
    .max(snippetMaxChars)
    .refine((code) => code.split("\n").length <= snippetMaxLines, `At most ${snippetMaxLines} lines`),
  highlightLines: z
    .array(z.number().int().min(1).max(snippetMaxLines))
    .max(snippetMaxLines)
    .describe("1-based line numbers to mark"),
};

export const createSnippetSchema = z.object({
  ...snippetFields,
  projectId: snippetFields.projectId.default(null),
  title: snippetFields.title.default(""),
  highlightLines: snippetFields.highlightLines.default([]),
});
export type CreateSnippet = z.infer<typeof createSnippetSchema>;

export const updateSnippetSchema = z.object(snippetFields).partial();
export type UpdateSnippet = z.infer<typeof updateSnippetSchema>;

export const snippetSchema = z.object({
  id: z.string(),
  projectId: z.string().nullable(),
  position: z.number().int(),
  title: z.string(),
  language: snippetLanguageSchema,
  code: z.string(),
  highlightLines: z.array(z.number().int()),
  html: z
    .string()
    .describe("Shiki rendering (light and dark theme as CSS variables); marked lines carry `highlighted`"),
  updatedAt: z.string(),
});
export type Snippet = z.infer<typeof snippetSchema>;

/** Filled by the video module; null while the candidate has no processed video. */
export const portfolioVideoSchema = z.object({
  url: z.string(),
  posterUrl: z.string().nullable(),
  durationMs: z.number().int().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  captionsUrl: z.string().nullable().optional(),
});
export type PortfolioVideo = z.infer<typeof portfolioVideoSchema>;

/** Filled by the badges module. */
export const portfolioBadgeSchema = z.object({
  badge: z.string(),
  name: z.string(),
  description: z.string().optional(),
  awardedAt: z.string(),
  verifyUrl: z.string().optional(),
});
export type PortfolioBadge = z.infer<typeof portfolioBadgeSchema>;

/** Filled by the testimonials module: approved ones only. */
export const portfolioTestimonialSchema = z.object({
  id: z.string(),
  authorName: z.string(),
  authorTitle: z.string().nullable().optional(),
  relationship: z.string().optional(),
  body: z.string(),
  approvedAt: z.string().nullable().optional(),
});
export type PortfolioTestimonial = z.infer<typeof portfolioTestimonialSchema>;

const publicMediaSchema = mediaSchema.omit({ projectId: true, position: true, createdAt: true });
const publicSnippetSchema = snippetSchema.pick({ id: true, title: true, language: true, html: true, code: true });

/** Everything the public page shows, in one response. */
export const publicPortfolioSchema = z.object({
  handle: z.string(),
  theme: portfolioThemeSchema,
  owner: z.object({
    name: z.string(),
    headline: z.string(),
    location: z.string(),
    avatarUrl: z.string().nullable(),
  }),
  bioHtml: z.string(),
  links: z.object({
    github: z.string().nullable(),
    githubUsername: z.string().nullable(),
    linkedin: z.string().nullable(),
    website: z.string().nullable(),
  }),
  githubStats: githubStatsSchema.nullable(),
  projects: z.array(
    projectSchema
      .omit({ description: true, position: true, updatedAt: true })
      .extend({ media: z.array(publicMediaSchema), snippets: z.array(publicSnippetSchema) }),
  ),
  workSamples: z.array(publicMediaSchema).describe("Media not attached to a project"),
  snippets: z.array(publicSnippetSchema).describe("Snippets not attached to a project"),
  video: portfolioVideoSchema.nullable(),
  badges: z.array(portfolioBadgeSchema),
  testimonials: z.array(portfolioTestimonialSchema),
  updatedAt: z.string(),
});
export type PublicPortfolio = z.infer<typeof publicPortfolioSchema>;
