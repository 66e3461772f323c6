import { z } from "zod";

/** Public GitHub figures for a portfolio, fetched by a background job and cached for a day. */
export const githubStatsSchema = z.object({
  username: z.string(),
  status: z.enum(["ok", "not-found"]),
  note: z.string().nullable().describe("Why there are no figures, e.g. the user does not exist"),
  profileUrl: z.string().nullable(),
  name: z.string().nullable(),
  publicRepos: z.number().int(),
  followers: z.number().int(),
  totalStars: z.number().int().describe("Stars of the user's own public repositories (forks left out)"),
  topLanguages: z.array(z.object({ language: z.string(), repos: z.number().int() })).max(5),
  topRepos: z
    .array(
      z.object({
        name: z.string(),
        url: z.string(),
        description: z.string().nullable(),
        language: z.string().nullable(),
        stars: z.number().int(),
      }),
    )
    .max(3),
});
export type GithubStats = z.infer<typeof githubStatsSchema>;

export const myGithubStatsSchema = z.object({
  username: z.string().nullable(),
  stats: githubStatsSchema.nullable(),
  fetchedAt: z.string().nullable(),
  refreshQueued: z.boolean(),
});
export type MyGithubStats = z.infer<typeof myGithubStatsSchema>;
