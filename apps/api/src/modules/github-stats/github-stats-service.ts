import type { Db } from "@hirefolio/db";
import { githubStatsSchema, type MyGithubStats } from "@hirefolio/shared";
import { z } from "zod";
import type { AppDeps } from "../../app-deps";
import type { Clock } from "../../platform/clock";
import type { JobQueue } from "../../platform/queue/job-queue";
import { type GithubResponse, githubGet, githubUsernamePattern } from "./github-client";
import * as repo from "./github-stats-repo";
import {
  githubRepoSchema,
  githubUserSchema,
  missingUserStats,
  reposPart,
  summariseRepos,
  summariseUser,
  userPart,
} from "./github-stats-summary";

const githubStatsJob = "github-stats.fetch";
/** Figures are refetched at most this often: they change slowly and GitHub allows 60 anonymous requests an hour. */
export const githubRefreshIntervalMs = 86_400_000;

/**
 * Asks for a portfolio's GitHub figures to be fetched: the portfolio module calls this when the username changes.
 * The job skips users fetched within the last day, so calling it often costs nothing.
 */
export function enqueueGithubStats(queue: JobQueue, userId: string) {
  // A rate-limited GitHub can take up to an hour to allow requests again; 10 attempts back off over ~35 minutes.
  return queue.enqueue(githubStatsJob, { userId }, { maxAttempts: 10 });
}

export function createGithubStatsService(deps: {
  db: Db;
  clock: Clock;
  queue: JobQueue;
  githubApiUrl: string;
  githubToken?: string;
}) {
  const { db, clock, queue } = deps;
  const get = (path: string, etag: string | null | undefined) =>
    githubGet(deps.githubApiUrl, path, { etag, token: deps.githubToken });

  function isFresh(state: NonNullable<Awaited<ReturnType<typeof repo.loadGithubState>>>, now: Date) {
    return (
      state.stats?.username === state.username &&
      state.fetchedAt !== null &&
      now.getTime() - state.fetchedAt.getTime() < githubRefreshIntervalMs
    );
  }

  /** The new part when GitHub sent one, else the cached part (a 304 means it did not change). */
  function partOf<T>(response: GithubResponse, cached: T | undefined, summarise: (body: unknown) => T) {
    if (response.status === "ok") return summarise(response.body);
    if (cached === undefined) throw new Error("GitHub answered 304 to a request sent without an ETag");
    return cached;
  }

  async function fetchStats(
    username: string,
    cached: repo.CachedGithubStats | undefined,
  ): Promise<repo.CachedGithubStats> {
    if (!githubUsernamePattern.test(username))
      return { ...missingUserStats(username), etags: { user: null, repos: null } };
    const name = encodeURIComponent(username);
    const user = await get(`/users/${name}`, cached?.etags.user);
    const repos =
      user.status === "not-found"
        ? user
        : await get(`/users/${name}/repos?per_page=100&sort=pushed`, cached?.etags.repos);
    if (user.status === "not-found" || repos.status === "not-found") {
      return { ...missingUserStats(username), etags: { user: null, repos: null } };
    }
    return {
      username,
      status: "ok",
      note: null,
      ...partOf(user, cached && userPart(cached), (body) => summariseUser(githubUserSchema.parse(body))),
      ...partOf(repos, cached && reposPart(cached), (body) => summariseRepos(z.array(githubRepoSchema).parse(body))),
      etags: {
        user: user.status === "ok" ? user.etag : (cached?.etags.user ?? null),
        repos: repos.status === "ok" ? repos.etag : (cached?.etags.repos ?? null),
      },
    };
  }

  async function view(userId: string, refreshQueued: boolean): Promise<MyGithubStats> {
    const state = await repo.loadGithubState(db, userId);
    const stats = state?.stats && state.stats.username === state.username ? githubStatsSchema.parse(state.stats) : null;
    return {
      username: state?.username ?? null,
      stats,
      fetchedAt: stats ? (state?.fetchedAt?.toISOString() ?? null) : null,
      refreshQueued,
    };
  }

  return {
    /** The job: fetch, summarise and cache the figures of the portfolio's GitHub user, at most once a day. */
    async refresh(userId: string) {
      const state = await repo.loadGithubState(db, userId);
      if (!state) return;
      if (!state.username) {
        if (state.stats) await repo.clearGithubStats(db, userId);
        return;
      }
      const now = clock.now();
      if (isFresh(state, now)) return;
      const cached = state.stats?.username === state.username && state.stats.status === "ok" ? state.stats : undefined;
      const stats = await fetchStats(state.username, cached);
      await repo.saveGithubStats(db, { userId, username: state.username, stats, fetchedAt: now });
    },

    view: (userId: string) => view(userId, false),

    /** Queues a fetch unless the figures are less than a day old. */
    async requestRefresh(userId: string) {
      const state = await repo.loadGithubState(db, userId);
      const due = Boolean(state?.username) && !(state && isFresh(state, clock.now()));
      if (due) await enqueueGithubStats(queue, userId);
      return view(userId, due);
    },
  };
}

export type GithubStatsService = ReturnType<typeof createGithubStatsService>;

export function registerGithubStatsJobs(queue: JobQueue, githubStats: GithubStatsService) {
  queue.register<{ userId: string }>(githubStatsJob, ({ userId }) => githubStats.refresh(userId));
}

export function githubStatsServiceFor(deps: AppDeps) {
  return createGithubStatsService({
    db: deps.database.db,
    clock: deps.clock,
    queue: deps.queue,
    githubApiUrl: deps.config.GITHUB_API_URL,
    githubToken: deps.config.GITHUB_TOKEN,
  });
}
