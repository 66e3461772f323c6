import { atsAnalysisSchema, atsAnalyzeRequestSchema } from "@hirefolio/shared";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { AtsService } from "./ats-service";

export function registerAtsRoutes(app: ZodApp, { guards }: RouteDeps, ats: AtsService) {
  app.route({
    method: "POST",
    url: "/api/v1/ats/analyze",
    bodyLimit: 512 * 1024,
    schema: {
      operationId: "analyzeResumeForJob",
      tags: ["ats"],
      description:
        "Scores a resume (inline, or a stored one by resumeId) against a job description: keyword match with exact and normalised rates, ATS checks and suggestions that never invent numbers.",
      body: atsAnalyzeRequestSchema,
      response: withProblems({ 200: atsAnalysisSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => ats.analyze(currentUser(request), request.body),
  });
}
