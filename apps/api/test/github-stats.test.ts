import { readFileSync } from "node:fs";
import { schema } from "@hirefolio/db";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../src/config";
import { githubGet } from "../src/modules/github-stats/github-client";
import { enqueueGithubStats, githubStatsServiceFor } from "../src/modules/github-stats/github-stats-service";
import { startGithubFake } from "./support/github-fake";
import { signUp, startTestApp, type TestUser } from "./support/test-app";

// GitHub is a local fake behind GITHUB_API_URL: no request leaves the machine.
const github = await startGithubFake();
afterAll(() => github.close());
const { app, deps } = await startTestApp({ GITHUB_API_URL: github.url });
const db = deps.database.db;

// Responses recorded from GitHub's REST API (GET /users/octocat, GET /users/octocat/repos), trimmed to 8 repos.
const fixture = (name: string) => readFileSync(new URL(`./fixtures/github/${name}`, import.meta.url), "utf8");
const octocat = JSON.parse(fixture("user-octocat.json"));
const octocatRepos = fixture("repos-octocat.json");

let clockOffsetMs = 0;
const clockSpy = vi.spyOn(deps.clock, "now").mockImplementation(() => new Date(Date.now() + clockOffsetMs));
afterAll(() => clockSpy.mockRestore());
const day = 86_400_000;

const rateHeaders = (remaining: number) => ({
  "x-ratelimit-limit": "60",
  "x-ratelimit-remaining": String(remaining),
  "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
  "x-ratelimit-resource": "core",
  "x-github-api-version-selected": "2022-11-28",
});
const json = { "content-type": "application/json; charset=utf-8" };

/**
 * Serves one path like GitHub does: 200 with an ETag, or 304 without a body when If-None-Match names the current
 * ETag. `state` can be changed by a test to make the data change on GitHub's side.
 */
function serve(path: string, state: { body: string; etag: string }) {
  github.serve(path, ({ headers }) =>
    headers["if-none-match"] === state.etag
      ? { status: 304, headers: { etag: state.etag, ...rateHeaders(59) } }
      : { status: 200, body: state.body, headers: { ...json, etag: state.etag, ...rateHeaders(58) } },
  );
}

const reposPath = (user: string) => `/users/${user}/repos?per_page=100&sort=pushed`;
const octocatUser = { body: JSON.stringify(octocat), etag: 'W/"4d1c9e6b0f7d36f5b6c3e6b1a3f1c4a2"' };
const octocatRepoList = { body: octocatRepos, etag: 'W/"9a1f2e7c55a7a8b3d0c4f6e2b8d1c3a0"' };
serve("/users/octocat", octocatUser);
serve(reposPath("octocat"), octocatRepoList);

async function withGithub(user: TestUser, githubUsername: string | null) {
  await db
    .insert(schema.portfolio)
    .values({
      userId: user.id,
      handle: `gh-${user.id.slice(0, 10).toLowerCase()}`,
      unlistedToken: crypto.randomUUID(),
      githubUsername,
    })
    .onConflictDoUpdate({ target: schema.portfolio.userId, set: { githubUsername } });
}

const fetchedAtOf = async (userId: string) =>
  (
    await db
      .select({ at: schema.portfolio.githubFetchedAt })
      .from(schema.portfolio)
      .where(eq(schema.portfolio.userId, userId))
  )[0]?.at;

/** Enqueues (or lets the refresh endpoint enqueue) and waits until the job has stored figures newer than before. */
async function untilFetched(userId: string, since: Date | null | undefined, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const at = await fetchedAtOf(userId);
    if (at && (!since || at > since)) return at;
    if (Date.now() > deadline) throw new Error("GitHub stats were not fetched in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const requestsFor = (path: string) => github.requests.filter((request) => request.path === path);

describe("GitHub stats", () => {
  it("fetches, summarises and caches a user's public figures", async () => {
    const owner = await signUp(app, "candidate");
    await withGithub(owner, "octocat");
    await enqueueGithubStats(deps.queue, owner.id);
    await untilFetched(owner.id, null);

    const view = (await owner.get("/api/v1/me/github-stats")).json();
    expect(view).toMatchObject({ username: "octocat", refreshQueued: false, fetchedAt: expect.any(String) });
    expect(view.stats).toEqual({
      username: "octocat",
      status: "ok",
      note: null,
      profileUrl: "https://github.com/octocat",
      name: "The Octocat",
      publicRepos: 8,
      followers: 21418,
      // Own repositories only: the forks linguist (579) and boysenberry-repo-1 (352) are left out.
      totalStars: 3021 + 13104 + 905 + 129 + 263 + 78,
      topLanguages: [
        { language: "CSS", repos: 2 },
        { language: "HTML", repos: 1 },
      ],
      topRepos: [
        expect.objectContaining({
          name: "Spoon-Knife",
          stars: 13104,
          language: "HTML",
          url: "https://github.com/octocat/Spoon-Knife",
        }),
        expect.objectContaining({ name: "Hello-World", stars: 3021, language: null }),
        expect.objectContaining({ name: "octocat.github.io", stars: 905 }),
      ],
    });
    // The ETags are kept for conditional requests, but not shown.
    expect(JSON.stringify(view)).not.toContain("etag");

    const first = requestsFor("/users/octocat")[0]!;
    expect(first.headers).toMatchObject({ accept: "application/vnd.github+json", "user-agent": "Hirefolio" });
    expect(first.headers).not.toHaveProperty("if-none-match");
    expect(first.headers).not.toHaveProperty("authorization");

    // Another user sees nothing of it.
    const stranger = await signUp(app, "candidate");
    expect((await stranger.get("/api/v1/me/github-stats")).json()).toEqual({
      username: null,
      stats: null,
      fetchedAt: null,
      refreshQueued: false,
    });
  });

  it("refetches at most daily, with conditional requests that keep the cache on 304", async () => {
    const owner = await signUp(app, "candidate");
    await withGithub(owner, "octocat");
    await enqueueGithubStats(deps.queue, owner.id);
    const firstFetch = await untilFetched(owner.id, null);
    const before = (await owner.get("/api/v1/me/github-stats")).json().stats;
    const requestsBefore = github.requests.length;

    // Within the day: nothing is queued and GitHub is not asked.
    expect((await owner.post("/api/v1/me/github-stats/refresh")).json().refreshQueued).toBe(false);
    await githubStatsServiceFor(deps).refresh(owner.id);
    expect(github.requests.length).toBe(requestsBefore);

    // A day later: both requests carry the ETags, GitHub answers 304, the figures stay and count as fresh again.
    clockOffsetMs += day + 60_000;
    expect((await owner.post("/api/v1/me/github-stats/refresh")).json().refreshQueued).toBe(true);
    const secondFetch = await untilFetched(owner.id, firstFetch);
    const conditional = github.requests.slice(requestsBefore);
    expect(conditional.map((request) => [request.path, request.headers["if-none-match"]])).toEqual([
      ["/users/octocat", octocatUser.etag],
      [reposPath("octocat"), octocatRepoList.etag],
    ]);
    expect((await owner.get("/api/v1/me/github-stats")).json().stats).toEqual(before);

    // Another day, and the user changed on GitHub: the new part is taken, the unchanged repositories kept.
    clockOffsetMs += day + 60_000;
    octocatUser.body = JSON.stringify({ ...octocat, followers: 21500 });
    octocatUser.etag = 'W/"0b5e8c1d2f3a4b5c6d7e8f9a0b1c2d3e"';
    await enqueueGithubStats(deps.queue, owner.id);
    await untilFetched(owner.id, secondFetch);
    const after = (await owner.get("/api/v1/me/github-stats")).json().stats;
    expect(after).toEqual({ ...before, followers: 21500 });
  });

  it("clears the figures with a note when GitHub has no such user", async () => {
    // Nothing is served at /users/no-such-user-hf: the fake answers GitHub's 404.
    const owner = await signUp(app, "candidate");
    await withGithub(owner, "no-such-user-hf");
    await enqueueGithubStats(deps.queue, owner.id);
    await untilFetched(owner.id, null);
    const { stats } = (await owner.get("/api/v1/me/github-stats")).json();
    expect(stats).toMatchObject({
      username: "no-such-user-hf",
      status: "not-found",
      note: "GitHub has no public user named no-such-user-hf.",
      publicRepos: 0,
      totalStars: 0,
      topRepos: [],
    });
    expect(requestsFor(reposPath("no-such-user-hf"))).toEqual([]);

    // A name GitHub could never have is not even asked for.
    await withGithub(owner, "-bad--name-");
    clockOffsetMs += 1000;
    await enqueueGithubStats(deps.queue, owner.id);
    await untilFetched(owner.id, await fetchedAtOf(owner.id));
    expect((await owner.get("/api/v1/me/github-stats")).json().stats.status).toBe("not-found");

    // Removing the username removes the figures.
    await withGithub(owner, null);
    await enqueueGithubStats(deps.queue, owner.id);
    const deadline = Date.now() + 10_000;
    while ((await fetchedAtOf(owner.id)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await fetchedAtOf(owner.id)).toBeNull();
  });

  it("retries later through the queue when GitHub's rate limit is reached", async () => {
    const user = { ...octocat, login: "ratelimited-hf", html_url: "https://github.com/ratelimited-hf" };
    github.once("/users/ratelimited-hf", {
      status: 403,
      body: JSON.stringify({
        message: "API rate limit exceeded for 203.0.113.7.",
        documentation_url: "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting",
      }),
      headers: { ...json, ...rateHeaders(0) },
    });
    serve("/users/ratelimited-hf", { body: JSON.stringify(user), etag: 'W/"r1"' });
    serve(reposPath("ratelimited-hf"), { body: "[]", etag: 'W/"r2"' });
    const owner = await signUp(app, "candidate");
    await withGithub(owner, "ratelimited-hf");
    await enqueueGithubStats(deps.queue, owner.id);
    await untilFetched(owner.id, null);
    const { stats } = (await owner.get("/api/v1/me/github-stats")).json();
    expect(stats).toMatchObject({ username: "ratelimited-hf", status: "ok", followers: 21418, totalStars: 0 });
    // The refused attempt and the retry that got through.
    expect(requestsFor("/users/ratelimited-hf")).toHaveLength(2);
  });

  it("reads GitHub's address from GITHUB_API_URL, GitHub itself by default", () => {
    const env = { NODE_ENV: "test", SESSION_SECRET: "test-secret-that-is-long-enough-for-better-auth" };
    expect(loadConfig(env).GITHUB_API_URL).toBe("https://api.github.com");
    expect(loadConfig({ ...env, GITHUB_API_URL: "" }).GITHUB_API_URL).toBe("https://api.github.com");
    expect(() => loadConfig({ ...env, GITHUB_API_URL: "ftp://github.example" })).toThrow(/GITHUB_API_URL/);
    // Every request of the tests above went to the fake, under its /api/v3 root.
    expect(github.requests.length).toBeGreaterThan(0);
  });

  it("sends GITHUB_TOKEN as a bearer token when configured", async () => {
    const response = await githubGet(github.url, "/users/octocat", { token: "ghp_test" });
    expect(response.status).toBe("ok");
    expect(github.requests.at(-1)?.headers.authorization).toBe("Bearer ghp_test");
  });
});
