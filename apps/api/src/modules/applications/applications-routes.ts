import {
  applicationQuerySchema,
  applicationSchema,
  applicationSummarySchema,
  createApplicationSchema,
  moveStageSchema,
  pageQuerySchema,
  pageSchema,
  stageEventSchema,
} from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { ApplicationsService } from "./applications-service";

const applicationParams = z.object({ applicationId: z.string().min(1).max(100) });
const jobParams = z.object({ jobId: z.string().min(1).max(100) });
const listQuery = pageQuerySchema.extend(applicationQuerySchema.shape);
const tags = ["applications"];

export function registerApplicationRoutes(app: ZodApp, { guards }: RouteDeps, applications: ApplicationsService) {
  app.route({
    method: "POST",
    url: "/api/v1/jobs/:jobId/applications",
    schema: {
      operationId: "applyToJob",
      tags,
      params: jobParams,
      body: createApplicationSchema,
      response: withProblems({ 201: applicationSchema }),
    },
    preHandler: guards.roles("candidate"),
    handler: async (request, reply) =>
      reply.status(201).send(await applications.apply(currentUser(request), request.params.jobId, request.body)),
  });

  app.route({
    method: "GET",
    url: "/api/v1/jobs/:jobId/applications",
    schema: {
      operationId: "listJobApplications",
      tags,
      params: jobParams,
      querystring: listQuery,
      response: withProblems({ 200: pageSchema(applicationSummarySchema) }),
    },
    preHandler: guards.signedIn,
    handler: (request) => applications.listForJob(currentUser(request), request.params.jobId, request.query),
  });

  app.route({
    method: "GET",
    url: "/api/v1/me/applications",
    schema: {
      operationId: "listMyApplications",
      tags,
      querystring: listQuery,
      response: withProblems({ 200: pageSchema(applicationSummarySchema) }),
    },
    preHandler: guards.signedIn,
    handler: (request) => applications.listMine(currentUser(request), request.query),
  });

  app.route({
    method: "GET",
    url: "/api/v1/applications/:applicationId",
    schema: {
      operationId: "getApplication",
      tags,
      params: applicationParams,
      response: withProblems({ 200: applicationSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => applications.get(currentUser(request), request.params.applicationId),
  });

  app.route({
    method: "POST",
    url: "/api/v1/applications/:applicationId/stage",
    schema: {
      operationId: "moveApplicationStage",
      tags,
      params: applicationParams,
      body: moveStageSchema,
      response: withProblems({ 200: applicationSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) =>
      applications.move(currentUser(request), request.params.applicationId, request.body.stage, request.body.note),
  });

  app.route({
    method: "POST",
    url: "/api/v1/applications/:applicationId/withdraw",
    schema: {
      operationId: "withdrawApplication",
      tags,
      params: applicationParams,
      response: withProblems({ 200: applicationSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => applications.withdraw(currentUser(request), request.params.applicationId),
  });

  app.route({
    method: "GET",
    url: "/api/v1/applications/:applicationId/history",
    schema: {
      operationId: "getApplicationHistory",
      tags,
      params: applicationParams,
      response: withProblems({ 200: z.array(stageEventSchema) }),
    },
    preHandler: guards.signedIn,
    handler: (request) => applications.history(currentUser(request), request.params.applicationId),
  });
}
