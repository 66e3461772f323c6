import {
  portfolioSettingsSchema,
  problemSchema,
  publicPortfolioSchema,
  updatePortfolioSettingsSchema,
} from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import { registerPortfolioMediaRoutes } from "./portfolio-media-routes";
import type { PortfolioMediaService } from "./portfolio-media-service";
import { registerPortfolioProjectRoutes } from "./portfolio-projects-routes";
import type { PortfolioProjectsService } from "./portfolio-projects-service";
import type { PortfolioService } from "./portfolio-service";
import { registerPortfolioSnippetRoutes } from "./portfolio-snippets-routes";
import type { PortfolioSnippetsService } from "./portfolio-snippets-service";

export interface PortfolioServices {
  portfolio: PortfolioService;
  projects: PortfolioProjectsService;
  media: PortfolioMediaService;
  snippets: PortfolioSnippetsService;
}

const tags = ["portfolio"];

export function registerPortfolioRoutes(app: ZodApp, routeDeps: RouteDeps, services: PortfolioServices) {
  const { deps, guards } = routeDeps;
  const { portfolio } = services;

  app.route({
    method: "GET",
    url: "/api/v1/me/portfolio",
    schema: {
      operationId: "getMyPortfolio",
      tags,
      description: "Your portfolio settings; the first call creates a private portfolio with a handle from your name.",
      response: withProblems({ 200: portfolioSettingsSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => portfolio.get(currentUser(request)),
  });

  app.route({
    method: "PUT",
    url: "/api/v1/me/portfolio",
    schema: {
      operationId: "updateMyPortfolio",
      tags,
      description:
        "Changes handle, theme, visibility, bio or links; fields left out keep their value. 409 when the handle is taken.",
      body: updatePortfolioSettingsSchema,
      response: withProblems({ 200: portfolioSettingsSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => portfolio.update(currentUser(request), request.body),
  });

  app.route({
    method: "POST",
    url: "/api/v1/me/portfolio/regenerate-link",
    schema: {
      operationId: "regenerateMyPortfolioLink",
      tags,
      description: "A new unlisted token; links shared with the old one stop working.",
      response: withProblems({ 200: portfolioSettingsSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => portfolio.regenerateLink(currentUser(request)),
  });

  app.route({
    method: "GET",
    url: "/api/v1/me/portfolio/preview",
    schema: {
      operationId: "previewMyPortfolio",
      tags,
      description: "Your page as visitors see it, whatever its visibility; not counted as a view.",
      response: withProblems({ 200: publicPortfolioSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => portfolio.preview(currentUser(request)),
  });

  app.route({
    method: "GET",
    url: "/api/v1/portfolios/:handle",
    config: { rateLimit: { max: Math.min(deps.config.RATE_LIMIT_PER_MINUTE, 120), timeWindow: "1 minute" } },
    schema: {
      operationId: "getPublicPortfolio",
      tags,
      description:
        "Public: everything the page /p/{handle} shows. Unlisted pages need ?token=…; private ones, wrong tokens and " +
        "unknown handles all answer 404. Counts one view per visitor and day.",
      security: [],
      params: z.object({ handle: z.string().min(1).max(60) }),
      querystring: z.object({ token: z.string().max(100).optional() }),
      response: { 200: publicPortfolioSchema, 404: problemSchema, 422: problemSchema, 429: problemSchema },
    },
    handler: async (request, reply) => {
      reply.header("cache-control", "private, no-store");
      const visitor = {
        ip: request.ip,
        userAgent: request.headers["user-agent"] ?? "",
        user: await guards.optionalUser(request),
      };
      return portfolio.view(request.params.handle, request.query.token, visitor);
    },
  });

  registerPortfolioProjectRoutes(app, routeDeps, services.projects);
  registerPortfolioMediaRoutes(app, routeDeps, services.media);
  registerPortfolioSnippetRoutes(app, routeDeps, services.snippets);
}
