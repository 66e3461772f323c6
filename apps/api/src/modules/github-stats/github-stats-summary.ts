import type { GithubStats } from "@hirefolio/shared";
import { z } from "zod";

/** The fields used from GitHub's `GET /users/{username}` response. */
export const githubUserSchema = z.object({
  login: z.string(),
  name: z.string().nullable(),
  html_url: z.string(),
  public_repos: z.number().int(),
  followers: z.number().int(),
});

/** The fields used from each item of `GET /users/{username}/repos`. */
export const githubRepoSchema = z.object({
  name: z.string(),
  html_url: z.string(),
  description: z.string().nullable(),
  fork: z.boolean(),
  language: z.string().nullable(),
  stargazers_count: z.number().int(),
});

type UserPart = Pick<GithubStats, "profileUrl" | "name" | "publicRepos" | "followers">;
type ReposPart = Pick<GithubStats, "totalStars" | "topLanguages" | "topRepos">;

export function summariseUser(user: z.infer<typeof githubUserSchema>): UserPart {
  return { profileUrl: user.html_url, name: user.name, publicRepos: user.public_repos, followers: user.followers };
}

/**
 * Stars, languages and highlights of the user's own repositories: forks are left out, since their stars and code
 * belong to someone else. Ties are broken by name so the same data always gives the same summary.
 */
export function summariseRepos(repos: z.infer<typeof githubRepoSchema>[]): ReposPart {
  const own = repos.filter((repo) => !repo.fork);
  const languages = new Map<string, number>();
  for (const { language } of own) if (language) languages.set(language, (languages.get(language) ?? 0) + 1);
  return {
    totalStars: own.reduce((sum, repo) => sum + repo.stargazers_count, 0),
    topLanguages: [...languages]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .slice(0, 5)
      .map(([language, count]) => ({ language, repos: count })),
    topRepos: own
      .filter((repo) => repo.stargazers_count > 0)
      .sort((a, b) => b.stargazers_count - a.stargazers_count || a.name.localeCompare(b.name))
      .slice(0, 3)
      .map((repo) => ({
        name: repo.name,
        url: repo.html_url,
        description: repo.description,
        language: repo.language,
        stars: repo.stargazers_count,
      })),
  };
}

/** The figures that come from each response, so a 304 on one keeps exactly its part of the cache. */
export const userPart = ({ profileUrl, name, publicRepos, followers }: GithubStats): UserPart => ({
  profileUrl,
  name,
  publicRepos,
  followers,
});
export const reposPart = ({ totalStars, topLanguages, topRepos }: GithubStats): ReposPart => ({
  totalStars,
  topLanguages,
  topRepos,
});

/** What the portfolio shows when GitHub has no such user: the name, and why there are no figures. */
export function missingUserStats(username: string): GithubStats {
  return {
    username,
    status: "not-found",
    note: `GitHub has no public user named ${username}.`,
    profileUrl: null,
    name: null,
    publicRepos: 0,
    followers: 0,
    totalStars: 0,
    topLanguages: [],
    topRepos: [],
  };
}
