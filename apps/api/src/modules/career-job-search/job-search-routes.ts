import {
  createJobSearchPlanSchema,
  jobSearchPlanDetailSchema,
  jobSearchPlanPageSchema,
  jobSearchPlanParamsSchema,
  jobSearchTaskParamsSchema,
  jobSearchTaskResultSchema,
  pageQuerySchema,
  updateJobSearchTaskSchema,
} from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { JobSearchService } from "./job-search-service";

const tags = ["career"];
const base = "/api/v1/career/job-search-plans";

export function registerJobSearchRoutes(app: ZodApp, { guards }: RouteDeps, plans: JobSearchService) {
  app.route({
    method: "POST",
    url: base,
    schema: {
      operationId: "createJobSearchPlan",
      tags,
      description:
        "Builds a weekly job search plan for a target role (code or title) from its O*NET data, the skill gap from the current role, the location and the urgency; tasks fit the weekly hours.",
      body: createJobSearchPlanSchema,
      response: withProblems({ 201: jobSearchPlanDetailSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) => reply.status(201).send(await plans.create(currentUser(request), request.body)),
  });

  app.route({
    method: "GET",
    url: base,
    schema: {
      operationId: "listJobSearchPlans",
      tags,
      description: "The caller's job search plans with their progress, newest first.",
      querystring: pageQuerySchema,
      response: withProblems({ 200: jobSearchPlanPageSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => plans.list(currentUser(request), request.query),
  });

  app.route({
    method: "GET",
    url: `${base}/:id`,
    schema: {
      operationId: "getJobSearchPlan",
      tags,
      description: "A plan: its situation, weeks of tasks (each with when it was ticked) and progress.",
      params: jobSearchPlanParamsSchema,
      response: withProblems({ 200: jobSearchPlanDetailSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => plans.get(currentUser(request), request.params.id),
  });

  app.route({
    method: "PATCH",
    url: `${base}/:id/tasks/:taskId`,
    schema: {
      operationId: "updateJobSearchTask",
      tags,
      description: "Ticks or unticks one task; returns the plan's progress after the change.",
      params: jobSearchTaskParamsSchema,
      body: updateJobSearchTaskSchema,
      response: withProblems({ 200: jobSearchTaskResultSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) =>
      plans.setTaskDone(currentUser(request), request.params.id, request.params.taskId, request.body.done),
  });

  app.route({
    method: "DELETE",
    url: `${base}/:id`,
    schema: {
      operationId: "deleteJobSearchPlan",
      tags,
      description: "Deletes a plan and its progress.",
      params: jobSearchPlanParamsSchema,
      response: withProblems({ 204: z.null().describe("Deleted") }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) => {
      await plans.remove(currentUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
}
