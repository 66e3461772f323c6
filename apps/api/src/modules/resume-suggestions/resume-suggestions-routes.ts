import {
  pageQuerySchema,
  pageSchema,
  recordSuggestionDecisionSchema,
  suggestionDecisionSchema,
  suggestionDraftRequestSchema,
  suggestionDraftSchema,
} from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { ResumeSuggestionsService } from "./resume-suggestions-service";

const resumeParams = z.object({ resumeId: z.string().min(1).max(100) });
const tags = ["resumes"];

export function registerResumeSuggestionRoutes(
  app: ZodApp,
  { guards }: RouteDeps,
  suggestions: ResumeSuggestionsService,
) {
  app.route({
    method: "POST",
    url: "/api/v1/resumes/:resumeId/suggestion-decisions",
    schema: {
      operationId: "recordSuggestionDecision",
      tags,
      description:
        "Records that the owner accepted or dismissed a writing suggestion. A dismissed suggestion is not offered " +
        "again by later analyses of this resume until the text it was about changes.",
      params: resumeParams,
      body: recordSuggestionDecisionSchema,
      response: withProblems({ 201: suggestionDecisionSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) =>
      reply.status(201).send(await suggestions.record(currentUser(request), request.params.resumeId, request.body)),
  });

  app.route({
    method: "GET",
    url: "/api/v1/resumes/:resumeId/suggestion-decisions",
    schema: {
      operationId: "listSuggestionDecisions",
      tags,
      description: "The owner's accepted and dismissed suggestions for a resume, newest first.",
      params: resumeParams,
      querystring: pageQuerySchema,
      response: withProblems({ 200: pageSchema(suggestionDecisionSchema) }),
    },
    preHandler: guards.signedIn,
    handler: (request) => suggestions.list(currentUser(request), request.params.resumeId, request.query),
  });

  app.route({
    method: "POST",
    url: "/api/v1/resumes/:resumeId/suggestions/draft",
    schema: {
      operationId: "draftResumeSuggestion",
      tags,
      description:
        "Drafts a summary or rewrites one bullet. With an LLM configured it writes from the resume's own facts and " +
        "any figure it adds that the resume does not state is replaced by a [N] placeholder; otherwise, or when the " +
        "LLM fails, the built-in engine drafts it.",
      params: resumeParams,
      body: suggestionDraftRequestSchema,
      response: withProblems({ 200: suggestionDraftSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => suggestions.draft(currentUser(request), request.params.resumeId, request.body),
  });
}
