import {
  atsAnalysisSchema,
  atsAnalyzeRequestSchema,
  atsScoreHistorySchema,
  atsScoreQuerySchema,
} from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { AtsService } from "./ats-service";

const resumeParams = z.object({ resumeId: z.string().min(1).max(100) });

export function registerAtsRoutes(app: ZodApp, { guards }: RouteDeps, ats: AtsService) {
  app.route({
    method: "POST",
    url: "/api/v1/ats/analyze",
    bodyLimit: 512 * 1024,
    schema: {
      operationId: "analyzeResumeForJob",
      tags: ["ats"],
      description:
        "Scores a resume (inline, or a stored one by resumeId) against a job description: keyword match with exact and normalised rates, ATS checks and suggestions that never invent numbers. " +
        "A stored resume is also checked through its exported PDF (page count, text that does not read back), its score joins the history for this job description, and suggestions its owner dismissed are left out.",
      body: atsAnalyzeRequestSchema,
      response: withProblems({ 200: atsAnalysisSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => ats.analyze(currentUser(request), request.body),
  });

  app.route({
    method: "GET",
    url: "/api/v1/resumes/:resumeId/ats-scores",
    schema: {
      operationId: "listResumeAtsScores",
      tags: ["ats"],
      description:
        "The owner's ATS score history of a resume, oldest first: one point per minute of analyses against the same job description.",
      params: resumeParams,
      querystring: atsScoreQuerySchema,
      response: withProblems({ 200: atsScoreHistorySchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => ats.scoreHistory(currentUser(request), request.params.resumeId, request.query),
  });
}
