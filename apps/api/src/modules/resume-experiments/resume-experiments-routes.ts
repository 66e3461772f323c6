import {
  createExperimentSchema,
  experimentResultsSchema,
  experimentSchema,
  pageQuerySchema,
  pageSchema,
  renameExperimentSchema,
} from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { ResumeExperimentsService } from "./resume-experiments-service";

const experimentParams = z.object({ experimentId: z.string().min(1).max(100) });
const tags = ["resume experiments"];

export function registerResumeExperimentRoutes(
  app: ZodApp,
  { guards }: RouteDeps,
  experiments: ResumeExperimentsService,
) {
  app.route({
    method: "GET",
    url: "/api/v1/resume-experiments",
    schema: {
      operationId: "listResumeExperiments",
      tags,
      description: "The caller's A/B tests of resume variants, newest first.",
      querystring: pageQuerySchema,
      response: withProblems({ 200: pageSchema(experimentSchema) }),
    },
    preHandler: guards.signedIn,
    handler: (request) => experiments.list(currentUser(request), request.query),
  });

  app.route({
    method: "POST",
    url: "/api/v1/resume-experiments",
    schema: {
      operationId: "createResumeExperiment",
      tags,
      description:
        "Starts an A/B test of 2–4 of the caller's resumes (the first is the baseline A). Each variant gets a " +
        "tracked share link if it has no working one.",
      body: createExperimentSchema,
      response: withProblems({ 201: experimentSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) =>
      reply.status(201).send(await experiments.create(currentUser(request), request.body)),
  });

  app.route({
    method: "GET",
    url: "/api/v1/resume-experiments/:experimentId",
    schema: {
      operationId: "getResumeExperiment",
      tags,
      params: experimentParams,
      response: withProblems({ 200: experimentSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => experiments.get(currentUser(request), request.params.experimentId),
  });

  app.route({
    method: "PATCH",
    url: "/api/v1/resume-experiments/:experimentId",
    schema: {
      operationId: "renameResumeExperiment",
      tags,
      params: experimentParams,
      body: renameExperimentSchema,
      response: withProblems({ 200: experimentSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => experiments.rename(currentUser(request), request.params.experimentId, request.body.name),
  });

  app.route({
    method: "POST",
    url: "/api/v1/resume-experiments/:experimentId/end",
    schema: {
      operationId: "endResumeExperiment",
      tags,
      description: "Stops counting: results keep what happened up to now. Ending twice keeps the first end.",
      params: experimentParams,
      response: withProblems({ 200: experimentSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => experiments.end(currentUser(request), request.params.experimentId),
  });

  app.route({
    method: "DELETE",
    url: "/api/v1/resume-experiments/:experimentId",
    schema: {
      operationId: "deleteResumeExperiment",
      tags,
      description: "Deletes the experiment; its resumes, share links and their counted events stay.",
      params: experimentParams,
      response: withProblems({ 204: z.null().describe("Deleted") }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) => {
      await experiments.remove(currentUser(request), request.params.experimentId);
      return reply.status(204).send(null);
    },
  });

  app.route({
    method: "GET",
    url: "/api/v1/resume-experiments/:experimentId/results",
    schema: {
      operationId: "getResumeExperimentResults",
      tags,
      description:
        "Per variant: views, downloads, applications, interviews, conversion rate, 95% credible interval, " +
        "P(beats A) and P(best) under a uniform Beta prior; a verdict, or how much more data it needs; and a " +
        "day-by-day series.",
      params: experimentParams,
      response: withProblems({ 200: experimentResultsSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => experiments.results(currentUser(request), request.params.experimentId),
  });
}
