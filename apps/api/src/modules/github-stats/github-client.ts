/** GitHub's rules for a username: letters, digits and single inner hyphens, at most 39 characters. */
export const githubUsernamePattern = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

export type GithubResponse =
  | { status: "ok"; body: unknown; etag: string | null }
  | { status: "not-modified" }
  | { status: "not-found" };

/** GitHub refused for now (rate limit, outage): the job fails and the queue retries it later with backoff. */
export class GithubUnavailableError extends Error {}

/**
 * One GET to GitHub's REST API at `apiUrl` (GITHUB_API_URL). A stored ETag goes out as If-None-Match: GitHub
 * answers 304 for unchanged data, and 304s do not count against the rate limit of 60 unauthenticated requests an hour.
 */
export async function githubGet(
  apiUrl: string,
  path: string,
  options: { etag?: string | null; token?: string },
): Promise<GithubResponse> {
  // A GitHub Enterprise root carries a path (/api/v3), so the request path is appended, not resolved against it.
  const response = await fetch(`${apiUrl.replace(/\/+$/, "")}${path}`, {
    headers: {
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
      // GitHub rejects requests without a User-Agent.
      "user-agent": "Hirefolio",
      ...(options.etag ? { "if-none-match": options.etag } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    signal: AbortSignal.timeout(15_000),
  });
  if (response.status === 304) return { status: "not-modified" };
  if (response.status === 404) return { status: "not-found" };
  if (response.ok) return { status: "ok", body: await response.json(), etag: response.headers.get("etag") };
  await response.body?.cancel();
  const rateLimited =
    response.status === 429 || (response.status === 403 && response.headers.get("x-ratelimit-remaining") === "0");
  const reset = response.headers.get("x-ratelimit-reset");
  throw new GithubUnavailableError(
    rateLimited
      ? `GitHub rate limit reached${reset ? ` until ${new Date(Number(reset) * 1000).toISOString()}` : ""}`
      : `GitHub answered ${response.status} for ${path}`,
  );
}
