import { portfolioCardSchema, portfolioEventSchema, problemSchema } from "@hirefolio/shared";
import { z } from "zod";
import type { RouteDeps, ZodApp } from "../../http/route-context";
import type { PortfolioPublicEventsService } from "./portfolio-public-events-service";

const tags = ["portfolio"];
const params = z.object({ handle: z.string().min(1).max(60) });
const querystring = z.object({ token: z.string().max(100).optional() });

export function registerPortfolioPublicEventRoutes(
  app: ZodApp,
  { deps, guards }: RouteDeps,
  events: PortfolioPublicEventsService,
) {
  app.route({
    method: "POST",
    url: "/api/v1/portfolios/:handle/events",
    // Per address: a page sends a few of these per visit, never dozens a minute.
    config: { rateLimit: { max: Math.min(deps.config.RATE_LIMIT_PER_MINUTE, 60), timeWindow: "1 minute" } },
    schema: {
      operationId: "recordPortfolioEvent",
      tags,
      description:
        "Public: the page reports a video play, a completion (90 % watched) or a click on one of its links. Counted " +
        "once per visitor, day, type and link; with the employer of a signed-in viewer. Unlisted pages need ?token=…; " +
        "404 whenever the page itself would be.",
      security: [],
      params,
      querystring,
      body: portfolioEventSchema,
      response: { 204: z.null(), 400: problemSchema, 404: problemSchema, 422: problemSchema, 429: problemSchema },
    },
    handler: async (request, reply) => {
      const visitor = {
        ip: request.ip,
        userAgent: request.headers["user-agent"] ?? "",
        user: await guards.optionalUser(request),
      };
      await events.record(request.params.handle, request.query.token, request.body, visitor);
      return reply.status(204).send(null);
    },
  });

  app.route({
    method: "GET",
    url: "/api/v1/portfolios/:handle/qr.svg",
    config: { rateLimit: { max: Math.min(deps.config.RATE_LIMIT_PER_MINUTE, 60), timeWindow: "1 minute" } },
    schema: {
      operationId: "getPortfolioQrCode",
      tags,
      description:
        "Public: an SVG QR code of the page's address (with its token when unlisted; the token is needed to ask). " +
        "404 for private pages and wherever the page itself would be.",
      security: [],
      params,
      querystring,
      response: { 200: z.unknown().describe("image/svg+xml"), 404: problemSchema, 429: problemSchema },
    },
    handler: async (request, reply) => {
      const user = await guards.optionalUser(request);
      const svg = await events.qrSvg(request.params.handle, request.query.token, user?.id);
      return reply.type("image/svg+xml; charset=utf-8").header("cache-control", "private, max-age=300").send(svg);
    },
  });

  app.route({
    method: "GET",
    url: "/api/v1/portfolios/:handle/card",
    config: { rateLimit: { max: Math.min(deps.config.RATE_LIMIT_PER_MINUTE, 60), timeWindow: "1 minute" } },
    schema: {
      operationId: "getPortfolioCard",
      tags,
      description:
        "Public: what the page's Open Graph image shows (name, headline, theme, avatar). Public pages only; not a view.",
      security: [],
      params,
      response: { 200: portfolioCardSchema, 404: problemSchema, 429: problemSchema },
    },
    handler: (request) => events.card(request.params.handle),
  });
}
