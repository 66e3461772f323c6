import {
  answerAssessmentRequestSchema,
  answerFeedbackSchema,
  careerPathQuerySchema,
  careerPathsSchema,
  interviewQuestionsQuerySchema,
  interviewQuestionsSchema,
  learningPlanRequestSchema,
  learningPlanSchema,
  occupationCodeParamsSchema,
  occupationDetailSchema,
  occupationMatchListSchema,
  occupationSearchQuerySchema,
  salaryInsightsSchema,
  salaryQuerySchema,
  skillGapRequestSchema,
  skillGapSchema,
} from "@hirefolio/shared";
import type {
  ContextConfigDefault,
  FastifyRequest,
  FastifySchema,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
  RouteHandlerMethod,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { CareerService } from "./career-service";

const tags = ["career"];
/** Each career endpoint allows this many calls a minute per signed-in user (or the global limit, if lower). */
const CALLS_PER_USER_MINUTE = 120;

export function registerCareerRoutes(app: ZodApp, { deps, guards }: RouteDeps, career: CareerService) {
  // Counted after the sign-in check, so the budget belongs to the user rather than to a shared address.
  const perUser = {
    rateLimit: {
      max: Math.min(deps.config.RATE_LIMIT_PER_MINUTE, CALLS_PER_USER_MINUTE),
      timeWindow: "1 minute",
      hook: "preHandler" as const,
      keyGenerator: (request: FastifyRequest) => request.sessionUser?.id ?? request.ip,
    },
  };

  /** Every career endpoint: signed in, the per-user budget, tagged "career". */
  function route<S extends FastifySchema>(
    method: "GET" | "POST",
    url: string,
    schema: S & { operationId: string; description: string },
    handler: RouteHandlerMethod<
      RawServerDefault,
      RawRequestDefaultExpression,
      RawReplyDefaultExpression,
      RouteGenericInterface,
      ContextConfigDefault,
      S,
      ZodTypeProvider
    >,
  ) {
    app.route<RouteGenericInterface, ContextConfigDefault, S>({
      method,
      url,
      config: perUser,
      schema: { ...schema, tags },
      preHandler: guards.signedIn,
      handler,
    });
  }

  route(
    "GET",
    "/api/v1/career/occupations",
    {
      operationId: "searchOccupations",
      description:
        'Free-text job title ("sr. frontend dev", "RN") → O*NET occupations ranked by match, using alternate and reported titles, abbreviations and fuzzy matching.',
      querystring: occupationSearchQuerySchema,
      response: withProblems({ 200: occupationMatchListSchema }),
    },
    (request) => career.searchOccupations(request.query),
  );

  route(
    "GET",
    "/api/v1/career/occupations/:code",
    {
      operationId: "getOccupation",
      description:
        "An occupation's description, Job Zone, most important skills, knowledge and technologies, core tasks, related occupations and BLS wages.",
      params: occupationCodeParamsSchema,
      response: withProblems({ 200: occupationDetailSchema }),
    },
    (request) => career.occupationDetail(request.params.code),
  );

  route(
    "POST",
    "/api/v1/career/skill-gap",
    {
      operationId: "analyseSkillGap",
      description:
        "Gaps between a current occupation (code or title) and a target one, ranked by importance × level difference, with missing technologies (hot ones first) and what is already covered. Skills can be named or taken from one of the caller's resumes.",
      body: skillGapRequestSchema,
      response: withProblems({ 200: skillGapSchema }),
    },
    (request) => career.skillGap(currentUser(request), request.body),
  );

  route(
    "GET",
    "/api/v1/career/paths",
    {
      operationId: "getCareerPaths",
      description:
        "Next roles from an occupation, ranked by skill, task and title similarity and O*NET relatedness, each with why; or, with `to`, the most plausible multi-step route there.",
      querystring: careerPathQuerySchema,
      response: withProblems({ 200: careerPathsSchema }),
    },
    (request) => career.paths(request.query),
  );

  route(
    "GET",
    "/api/v1/career/salary",
    {
      operationId: "getSalaryInsights",
      description:
        'BLS OEWS national wage percentiles (10/25/50/75/90) and employment of an occupation, top-coded values shown as "≥ $239,200", optionally with a salary placed among them.',
      querystring: salaryQuerySchema,
      response: withProblems({ 200: salaryInsightsSchema }),
    },
    (request) => career.salary(request.query),
  );

  route(
    "GET",
    "/api/v1/career/interview-questions",
    {
      operationId: "listInterviewQuestions",
      description:
        "Role-specific interview questions from the occupation's O*NET tasks, skills and hot technologies, plus behavioural (STAR) questions.",
      querystring: interviewQuestionsQuerySchema,
      response: withProblems({ 200: interviewQuestionsSchema }),
    },
    (request) => career.interviewQuestions(request.query.code),
  );

  route(
    "POST",
    "/api/v1/career/interview-answers/assess",
    {
      operationId: "assessInterviewAnswer",
      description:
        "Structured feedback on a practice answer: STAR structure, specificity (figures, named tools, outcomes) and length, with what to improve. Nothing is stored.",
      body: answerAssessmentRequestSchema,
      response: withProblems({ 200: answerFeedbackSchema }),
    },
    (request) => career.assessAnswer(request.body),
  );

  route(
    "POST",
    "/api/v1/career/learning-plan",
    {
      operationId: "buildLearningPlan",
      description:
        "An ordered study plan closing the skill gap at the chosen weekly hours, each step with free resources (courses, books, guides) and its weeks.",
      body: learningPlanRequestSchema,
      response: withProblems({ 200: learningPlanSchema }),
    },
    (request) => career.learningPlan(currentUser(request), request.body),
  );
}
