import {
  bookFromLinkSchema,
  createSchedulingLinkSchema,
  linkBookingSchema,
  problemSchema,
  publicLinkQuerySchema,
  publicSchedulingLinkSchema,
  schedulingLinkSchema,
  slotTakenProblemSchema,
} from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { SchedulingLinksService } from "./scheduling-links-service";

const tags = ["scheduling"];
const tokenParams = z.object({ token: z.string().min(16).max(100) });
/** Public pages answer 410 once the link expired, and 409 with alternatives when the time was just taken. */
const publicResponses = <T extends z.ZodType>(success: T) => ({
  ...withProblems({ 200: success }),
  409: slotTakenProblemSchema,
  410: problemSchema,
});

export function registerSchedulingLinkRoutes(app: ZodApp, { guards }: RouteDeps, links: SchedulingLinksService) {
  app.route({
    method: "POST",
    url: "/api/v1/scheduling-links",
    schema: {
      operationId: "createSchedulingLink",
      tags,
      description: "Mails the candidate of the application a link to pick a time from the panel's free slots.",
      body: createSchedulingLinkSchema,
      response: withProblems({ 201: schedulingLinkSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) => reply.status(201).send(await links.create(currentUser(request), request.body)),
  });

  app.route({
    method: "GET",
    url: "/api/v1/scheduling-links/:token",
    schema: {
      operationId: "getSchedulingLink",
      tags,
      security: [],
      params: tokenParams,
      querystring: publicLinkQuerySchema,
      response: publicResponses(publicSchedulingLinkSchema),
    },
    handler: (request) => links.view(request.params.token, request.query.timeZone),
  });

  app.route({
    method: "POST",
    url: "/api/v1/scheduling-links/:token/hold",
    schema: {
      operationId: "holdSchedulingLinkSlot",
      tags,
      security: [],
      description: "Holds the picked time for a few minutes while the candidate confirms it with …/book.",
      params: tokenParams,
      body: bookFromLinkSchema,
      response: publicResponses(linkBookingSchema),
    },
    handler: (request) => links.hold(request.params.token, request.body.start, request.body.timeZone),
  });

  app.route({
    method: "POST",
    url: "/api/v1/scheduling-links/:token/book",
    schema: {
      operationId: "bookSchedulingLinkSlot",
      tags,
      security: [],
      description: "Books the picked time (confirming the hold on it, if any); invitations go out to everyone.",
      params: tokenParams,
      body: bookFromLinkSchema,
      response: publicResponses(linkBookingSchema),
    },
    handler: (request) => links.book(request.params.token, request.body.start, request.body.timeZone),
  });
}
