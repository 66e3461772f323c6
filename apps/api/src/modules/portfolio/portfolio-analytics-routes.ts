import { portfolioAnalyticsQuerySchema, portfolioAnalyticsSchema } from "@hirefolio/shared";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { PortfolioAnalyticsService } from "./portfolio-analytics-service";

export function registerPortfolioAnalyticsRoutes(
  app: ZodApp,
  { guards }: RouteDeps,
  analytics: PortfolioAnalyticsService,
) {
  app.route({
    method: "GET",
    url: "/api/v1/me/portfolio/analytics",
    schema: {
      operationId: "getMyPortfolioAnalytics",
      tags: ["portfolio"],
      description:
        "Your page's figures over the last `days` UTC days: unique views per day, video plays and completion rate, " +
        "link clicks by address and the employers whose members viewed it (latest first). Your own visits are not counted.",
      querystring: portfolioAnalyticsQuerySchema,
      response: withProblems({ 200: portfolioAnalyticsSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => analytics.forOwner(currentUser(request), request.query.days),
  });
}
