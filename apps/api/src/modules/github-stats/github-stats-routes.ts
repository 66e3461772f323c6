import { myGithubStatsSchema } from "@hirefolio/shared";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { GithubStatsService } from "./github-stats-service";

const tags = ["portfolio"];

export function registerGithubStatsRoutes(app: ZodApp, { guards }: RouteDeps, githubStats: GithubStatsService) {
  app.route({
    method: "GET",
    url: "/api/v1/me/github-stats",
    schema: {
      operationId: "getMyGithubStats",
      tags,
      description: "The cached public GitHub figures of your portfolio's GitHub username.",
      response: withProblems({ 200: myGithubStatsSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => githubStats.view(currentUser(request).id),
  });

  app.route({
    method: "POST",
    url: "/api/v1/me/github-stats/refresh",
    schema: {
      operationId: "refreshMyGithubStats",
      tags,
      description: "Queues a fetch from GitHub unless the figures are less than a day old (refreshQueued says which).",
      response: withProblems({ 200: myGithubStatsSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => githubStats.requestRefresh(currentUser(request).id),
  });
}
