import {
  bookLoopSchema,
  cancelFromLinkSchema,
  interviewLoopSchema,
  loopTakenProblemSchema,
  rescheduleInterviewSchema,
  suggestLoopRequestSchema,
  suggestLoopResponseSchema,
} from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { InterviewLoopsService } from "./interview-loops-service";

const loopParams = z.object({ loopId: z.string().min(1).max(100) });
const tags = ["scheduling"];

export function registerInterviewLoopRoutes(app: ZodApp, { guards }: RouteDeps, loops: InterviewLoopsService) {
  app.route({
    method: "POST",
    url: "/api/v1/scheduling/suggest-loop",
    schema: {
      operationId: "suggestInterviewLoops",
      tags,
      description: "Ranked options for a loop of sessions, each with its own panel, and the breaks between them.",
      body: suggestLoopRequestSchema,
      response: withProblems({ 200: suggestLoopResponseSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => loops.suggest(currentUser(request), request.body),
  });

  app.route({
    method: "POST",
    url: "/api/v1/interview-loops",
    schema: {
      operationId: "bookInterviewLoop",
      tags,
      description: "Books every session at once, or none: a clash with any of them answers 409 with other loops.",
      body: bookLoopSchema,
      response: { ...withProblems({ 201: interviewLoopSchema }), 409: loopTakenProblemSchema },
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) => reply.status(201).send(await loops.book(currentUser(request), request.body)),
  });

  app.route({
    method: "GET",
    url: "/api/v1/interview-loops/:loopId",
    schema: {
      operationId: "getInterviewLoop",
      tags,
      params: loopParams,
      response: withProblems({ 200: interviewLoopSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => loops.get(currentUser(request), request.params.loopId),
  });

  app.route({
    method: "POST",
    url: "/api/v1/interview-loops/:loopId/reschedule",
    schema: {
      operationId: "rescheduleInterviewLoop",
      tags,
      description: "Moves the whole loop to start at `start`, keeping each session's length, panel and gap.",
      params: loopParams,
      body: rescheduleInterviewSchema,
      response: { ...withProblems({ 200: interviewLoopSchema }), 409: loopTakenProblemSchema },
    },
    preHandler: guards.signedIn,
    handler: (request) => loops.reschedule(currentUser(request), request.params.loopId, request.body.start),
  });

  app.route({
    method: "POST",
    url: "/api/v1/interview-loops/:loopId/cancel",
    schema: {
      operationId: "cancelInterviewLoop",
      tags,
      params: loopParams,
      body: cancelFromLinkSchema.optional(),
      response: withProblems({ 200: interviewLoopSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => loops.cancel(currentUser(request), request.params.loopId, request.body?.reason || undefined),
  });
}
