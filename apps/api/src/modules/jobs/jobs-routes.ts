import {
  createJobSchema,
  jobSchema,
  jobSearchQuerySchema,
  jobStatusSchema,
  pageQuerySchema,
  pageSchema,
  pipelineStatsSchema,
  updateJobSchema,
} from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { JobsService } from "./jobs-service";

const jobParams = z.object({ jobId: z.string().min(1).max(100) });
const employerParams = z.object({ employerId: z.string().min(1).max(100) });
const tags = ["jobs"];

export function registerJobRoutes(app: ZodApp, { guards }: RouteDeps, jobs: JobsService) {
  app.route({
    method: "GET",
    url: "/api/v1/jobs",
    schema: {
      operationId: "listOpenJobs",
      tags,
      description: "Open jobs of every employer, newest first. No sign-in needed.",
      querystring: pageQuerySchema.extend(jobSearchQuerySchema.shape),
      response: withProblems({ 200: pageSchema(jobSchema) }),
    },
    handler: (request) => jobs.listOpen(request.query),
  });

  app.route({
    method: "GET",
    url: "/api/v1/jobs/:jobId",
    schema: { operationId: "getJob", tags, params: jobParams, response: withProblems({ 200: jobSchema }) },
    handler: async (request) => jobs.get(await guards.optionalUser(request), request.params.jobId),
  });

  app.route({
    method: "PATCH",
    url: "/api/v1/jobs/:jobId",
    schema: {
      operationId: "updateJob",
      tags,
      params: jobParams,
      body: updateJobSchema,
      response: withProblems({ 200: jobSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => jobs.update(currentUser(request), request.params.jobId, request.body),
  });

  app.route({
    method: "GET",
    url: "/api/v1/employers/:employerId/jobs",
    schema: {
      operationId: "listEmployerJobs",
      tags,
      params: employerParams,
      querystring: pageQuerySchema.extend({ status: jobStatusSchema.optional() }),
      response: withProblems({ 200: pageSchema(jobSchema) }),
    },
    preHandler: guards.signedIn,
    handler: (request) => jobs.listForEmployer(currentUser(request), request.params.employerId, request.query),
  });

  app.route({
    method: "GET",
    url: "/api/v1/employers/:employerId/pipeline",
    schema: {
      operationId: "getEmployerPipelineStats",
      tags,
      description: "Jobs per status and applications per stage across the employer's jobs.",
      params: employerParams,
      response: withProblems({ 200: pipelineStatsSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => jobs.pipelineStats(currentUser(request), request.params.employerId),
  });

  app.route({
    method: "POST",
    url: "/api/v1/employers/:employerId/jobs",
    schema: {
      operationId: "createJob",
      tags,
      params: employerParams,
      body: createJobSchema,
      response: withProblems({ 201: jobSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) =>
      reply.status(201).send(await jobs.create(currentUser(request), request.params.employerId, request.body)),
  });
}
