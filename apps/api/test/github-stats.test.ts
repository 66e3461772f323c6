import { readFileSync } from "node:fs";
import { schema } from "@hirefolio/db";
import { eq } from "drizzle-orm";
import { getGlobalDispatcher, MockAgent, setGlobalDispatcher } from "undici";
import { afterAll, describe, expect, it, vi } from "vitest";
import { githubGet } from "../src/modules/github-stats/github-client";
import { enqueueGithubStats, githubStatsServiceFor } from "../src/modules/github-stats/github-stats-service";
import { signUp, startTestApp, type TestUser } from "./support/test-app";

const { app, deps } = await startTestApp();
const db = deps.database.db;

// Responses recorded from GitHub's REST API (GET /users/octocat, GET /users/octocat/repos), trimmed to 8 repos.
const fixture = (name: string) => readFileSync(new URL(`./fixtures/github/${name}`, import.meta.url), "utf8");
const octocat = JSON.parse(fixture("user-octocat.json"));
const octocatRepos = fixture("repos-octocat.json");

// GitHub cannot be reached from here: api.github.com is answered at the HTTP level behind the global fetch.
const previousDispatcher = getGlobalDispatcher();
const github = new MockAgent();
github.disableNetConnect();
setGlobalDispatcher(github);
afterAll(async () => {
  setGlobalDispatcher(previousDispatcher);
  await github.close();
});
const api = github.get("https://api.github.com");

let clockOffsetMs = 0;
const clockSpy = vi.spyOn(deps.clock, "now").mockImplementation(() => new Date(Date.now() + clockOffsetMs));
afterAll(() => clockSpy.mockRestore());
const day = 86_400_000;

interface Seen {
  path: string;
  headers: Record<string, string>;
}
const seen: Seen[] = [];

/** Request headers as undici hands them to the mock, whichever of its shapes that is, with lower-case names. */
function headersOf(options: { headers?: unknown }): Record<string, string> {
  const raw = options.headers ?? {};
  const pairs =
    raw instanceof Headers
      ? [...raw]
      : Array.isArray(raw)
        ? Array.from({ length: raw.length / 2 }, (_, i) => [raw[2 * i], raw[2 * i + 1]])
        : Object.entries(raw as Record<string, unknown>);
  return Object.fromEntries(pairs.map(([k, v]) => [String(k).toLowerCase(), String(v)]));
}

const rateHeaders = (remaining: number) => ({
  "x-ratelimit-limit": "60",
  "x-ratelimit-remaining": String(remaining),
  "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
  "x-ratelimit-resource": "core",
  "x-github-api-version-selected": "2022-11-28",
});

/**
 * Serves one path like GitHub does: 200 with an ETag, or 304 without a body when If-None-Match names the current
 * ETag. `state` can be changed by a test to make the data change on GitHub's side.
 */
function serve(path: string, state: { body: string; etag: string }) {
  api
    .intercept({ path, method: "GET" })
    .reply((options) => {
      const headers = headersOf(options);
      seen.push({ path, headers });
      if (headers["if-none-match"] === state.etag) {
        return { statusCode: 304, data: "", responseOptions: { headers: { etag: state.etag, ...rateHeaders(59) } } };
      }
      return {
        statusCode: 200,
        data: state.body,
        responseOptions: {
          headers: { "content-type": "application/json; charset=utf-8", etag: state.etag, ...rateHeaders(58) },
        },
      };
    })
    .persist();
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

const requestsFor = (path: string) => seen.filter((s) => s.path === path);

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
    const requestsBefore = seen.length;

    // Within the day: nothing is queued and GitHub is not asked.
    expect((await owner.post("/api/v1/me/github-stats/refresh")).json().refreshQueued).toBe(false);
    await githubStatsServiceFor(deps).refresh(owner.id);
    expect(seen.length).toBe(requestsBefore);

    // A day later: both requests carry the ETags, GitHub answers 304, the figures stay and count as fresh again.
    clockOffsetMs += day + 60_000;
    expect((await owner.post("/api/v1/me/github-stats/refresh")).json().refreshQueued).toBe(true);
    const secondFetch = await untilFetched(owner.id, firstFetch);
    const conditional = seen.slice(requestsBefore);
    expect(conditional.map((s) => [s.path, s.headers["if-none-match"]])).toEqual([
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
    api.intercept({ path: "/users/no-such-user-hf", method: "GET" }).reply(
      404,
      { message: "Not Found", documentation_url: "https://docs.github.com/rest/users/users#get-a-user", status: "404" },
      {
        headers: { "content-type": "application/json; charset=utf-8", ...rateHeaders(57) },
      },
    );
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
    api.intercept({ path: "/users/ratelimited-hf", method: "GET" }).reply(
      403,
      {
        message: "API rate limit exceeded for 203.0.113.7.",
        documentation_url: "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting",
      },
      { headers: { "content-type": "application/json; charset=utf-8", ...rateHeaders(0) } },
    );
    serve("/users/ratelimited-hf", { body: JSON.stringify(user), etag: 'W/"r1"' });
    serve(reposPath("ratelimited-hf"), { body: "[]", etag: 'W/"r2"' });
    const owner = await signUp(app, "candidate");
    await withGithub(owner, "ratelimited-hf");
    await enqueueGithubStats(deps.queue, owner.id);
    await untilFetched(owner.id, null);
    const { stats } = (await owner.get("/api/v1/me/github-stats")).json();
    expect(stats).toMatchObject({ username: "ratelimited-hf", status: "ok", followers: 21418, totalStars: 0 });
    // The refused attempt was not recorded by `serve`; the retry was.
    expect(requestsFor("/users/ratelimited-hf")).toHaveLength(1);
  });

  it("sends GITHUB_TOKEN as a bearer token when configured", async () => {
    const response = await githubGet("/users/octocat", { token: "ghp_test" });
    expect(response.status).toBe("ok");
    expect(seen.at(-1)?.headers.authorization).toBe("Bearer ghp_test");
  });
});
