import {
  bookInterviewSchema,
  feedbackInputSchema,
  feedbackSchema,
  interviewRangeQuerySchema,
  interviewSchema,
  nextRoundSuggestionSchema,
  rescheduleInterviewSchema,
  respondInterviewSchema,
  respondResultSchema,
  slotTakenProblemSchema,
  suggestRequestSchema,
  suggestResponseSchema,
} from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { InterviewsService } from "./interviews-service";

const interviewParams = z.object({ interviewId: z.string().min(1).max(100) });
const applicationParams = z.object({ applicationId: z.string().min(1).max(100) });
const tags = ["scheduling"];

export function registerInterviewRoutes(app: ZodApp, { guards }: RouteDeps, interviews: InterviewsService) {
  app.route({
    method: "POST",
    url: "/api/v1/scheduling/suggest",
    schema: {
      operationId: "suggestInterviewSlots",
      tags,
      body: suggestRequestSchema,
      response: withProblems({ 200: suggestResponseSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => interviews.suggest(currentUser(request), request.body),
  });

  app.route({
    method: "POST",
    url: "/api/v1/interviews",
    schema: {
      operationId: "bookInterview",
      tags,
      body: bookInterviewSchema,
      response: { ...withProblems({ 201: interviewSchema }), 409: slotTakenProblemSchema },
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) =>
      reply.status(201).send(await interviews.book(currentUser(request), request.body)),
  });

  app.route({
    method: "GET",
    url: "/api/v1/interviews",
    schema: {
      operationId: "listInterviews",
      tags,
      description: "Interviews in [from, to) that you take part in or that your employers hold, for a week view.",
      querystring: interviewRangeQuerySchema,
      response: withProblems({ 200: z.object({ items: z.array(interviewSchema) }) }),
    },
    preHandler: guards.signedIn,
    handler: async (request) => ({
      items: await interviews.list(currentUser(request), request.query.from, request.query.to),
    }),
  });

  app.route({
    method: "GET",
    url: "/api/v1/interviews/:interviewId",
    schema: {
      operationId: "getInterview",
      tags,
      params: interviewParams,
      response: withProblems({ 200: interviewSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => interviews.get(currentUser(request), request.params.interviewId),
  });

  app.route({
    method: "POST",
    url: "/api/v1/interviews/:interviewId/reschedule",
    schema: {
      operationId: "rescheduleInterview",
      tags,
      params: interviewParams,
      body: rescheduleInterviewSchema,
      response: { ...withProblems({ 200: interviewSchema }), 409: slotTakenProblemSchema },
    },
    preHandler: guards.signedIn,
    handler: (request) => interviews.reschedule(currentUser(request), request.params.interviewId, request.body.start),
  });

  app.route({
    method: "POST",
    url: "/api/v1/interviews/:interviewId/cancel",
    schema: {
      operationId: "cancelInterview",
      tags,
      params: interviewParams,
      response: withProblems({ 200: interviewSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => interviews.cancel(currentUser(request), request.params.interviewId),
  });

  app.route({
    method: "POST",
    url: "/api/v1/interviews/:interviewId/respond",
    schema: {
      operationId: "respondToInterview",
      tags,
      params: interviewParams,
      body: respondInterviewSchema,
      response: withProblems({ 200: respondResultSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => interviews.respond(currentUser(request), request.params.interviewId, request.body.response),
  });

  app.route({
    method: "POST",
    url: "/api/v1/interviews/:interviewId/feedback",
    schema: {
      operationId: "giveInterviewFeedback",
      tags,
      params: interviewParams,
      body: feedbackInputSchema,
      response: withProblems({ 200: feedbackSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => interviews.feedback(currentUser(request), request.params.interviewId, request.body),
  });

  app.route({
    method: "GET",
    url: "/api/v1/applications/:applicationId/next-round-suggestions",
    schema: {
      operationId: "suggestNextRound",
      tags,
      params: applicationParams,
      response: withProblems({ 200: nextRoundSuggestionSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => interviews.nextRound(currentUser(request), request.params.applicationId),
  });
}
