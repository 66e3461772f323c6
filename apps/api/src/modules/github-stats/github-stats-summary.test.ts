import { describe, expect, it } from "vitest";
import { summariseRepos, summariseUser } from "./github-stats-summary";

const repo = (name: string, stars: number, language: string | null, fork = false) => ({
  name,
  html_url: `https://github.com/octo/${name}`,
  description: null,
  fork,
  language,
  stargazers_count: stars,
});

describe("GitHub stats summary", () => {
  it("adds up stars and ranks languages and repositories, leaving forks out", () => {
    const summary = summariseRepos([
      repo("a", 5, "TypeScript"),
      repo("b", 40, "Go"),
      repo("c", 0, "TypeScript"),
      repo("forked", 9000, "Rust", true),
      repo("d", 5, null),
      repo("e", 12, "Python"),
    ]);
    expect(summary.totalStars).toBe(62);
    expect(summary.topLanguages).toEqual([
      { language: "TypeScript", repos: 2 },
      { language: "Go", repos: 1 },
      { language: "Python", repos: 1 },
    ]);
    expect(summary.topRepos.map((r) => [r.name, r.stars])).toEqual([
      ["b", 40],
      ["e", 12],
      ["a", 5],
    ]);
  });

  it("keeps at most five languages and no unstarred highlights", () => {
    const languages = ["C", "D", "E", "F", "G", "H"];
    const summary = summariseRepos(languages.map((l) => repo(l, 0, l)).concat(repo("x", 0, "H")));
    expect(summary.topLanguages).toHaveLength(5);
    expect(summary.topLanguages[0]).toEqual({ language: "H", repos: 2 });
    expect(summary.topRepos).toEqual([]);
    expect(summariseRepos([])).toEqual({ totalStars: 0, topLanguages: [], topRepos: [] });
  });

  it("takes the profile figures from the user", () => {
    expect(
      summariseUser({
        login: "octocat",
        name: "The Octocat",
        html_url: "https://github.com/octocat",
        public_repos: 8,
        followers: 21000,
      }),
    ).toEqual({ profileUrl: "https://github.com/octocat", name: "The Octocat", publicRepos: 8, followers: 21000 });
  });
});
