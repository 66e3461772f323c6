import { calendarFeedSchema, calendarFeedStatusSchema } from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { CalendarFeedService } from "./calendar-feed-service";

const tags = ["scheduling"];
const feedParams = z.object({ token: z.string().min(20).max(100) });

export function registerCalendarFeedRoutes(app: ZodApp, { guards }: RouteDeps, feeds: CalendarFeedService) {
  app.route({
    method: "GET",
    url: "/api/v1/me/calendar-feed",
    schema: {
      operationId: "getMyCalendarFeed",
      tags,
      description: "Whether your interview feed is live. Its address is shown only when made: rotate to see a new one.",
      response: withProblems({ 200: calendarFeedStatusSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request) => feeds.status(currentUser(request)),
  });

  app.route({
    method: "POST",
    url: "/api/v1/me/calendar-feed",
    schema: {
      operationId: "rotateMyCalendarFeed",
      tags,
      description: "Creates your private interview feed, or replaces it: the previous URL stops working.",
      response: withProblems({ 201: calendarFeedSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) => reply.status(201).send(await feeds.rotate(currentUser(request))),
  });

  app.route({
    method: "DELETE",
    url: "/api/v1/me/calendar-feed",
    schema: {
      operationId: "revokeMyCalendarFeed",
      tags,
      response: withProblems({ 204: z.null().describe("Revoked") }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) => {
      await feeds.revoke(currentUser(request));
      return reply.status(204).send(null);
    },
  });

  app.route({
    method: "GET",
    url: "/api/v1/calendar-feeds/:token.ics",
    schema: {
      operationId: "getCalendarFeed",
      tags,
      security: [],
      params: feedParams,
      response: withProblems({ 200: z.unknown().describe("text/calendar (METHOD:PUBLISH)") }),
    },
    handler: async (request, reply) =>
      reply
        .type("text/calendar; charset=utf-8")
        .header("cache-control", "private, no-store")
        .send(await feeds.feed(request.params.token)),
  });
}
