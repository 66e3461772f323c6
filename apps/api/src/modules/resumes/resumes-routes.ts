import {
  createResumeSchema,
  duplicateResumeSchema,
  jsonResumeImportSchema,
  nameVersionSchema,
  pageQuerySchema,
  pageSchema,
  problemSchema,
  resumeDiffQuerySchema,
  resumeDiffSchema,
  resumeSchema,
  resumeSummarySchema,
  resumeVersionSchema,
  updateResumeSchema,
} from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { ResumesService } from "./resumes-service";

const resumeParams = z.object({ resumeId: z.string().min(1).max(100) });
const versionParams = resumeParams.extend({ versionId: z.string().min(1).max(100) });
const tags = ["resumes"];
/** A two-page resume is ~10 KB of JSON; the limit leaves room for long ones while bounding what a save parses. */
const bodyLimit = 512 * 1024;
const withBodyProblems = <T extends Record<number, z.ZodType>>(success: T) =>
  withProblems({ ...success, 413: problemSchema });

export function registerResumeRoutes(app: ZodApp, { guards }: RouteDeps, resumes: ResumesService) {
  app.route({
    method: "GET",
    url: "/api/v1/resumes",
    schema: {
      operationId: "listMyResumes",
      tags,
      description: "The caller's resumes, most recently updated first, without their documents.",
      querystring: pageQuerySchema,
      response: withProblems({ 200: pageSchema(resumeSummarySchema) }),
    },
    preHandler: guards.signedIn,
    handler: (request) => resumes.list(currentUser(request), request.query),
  });

  app.route({
    method: "POST",
    url: "/api/v1/resumes",
    bodyLimit,
    schema: {
      operationId: "createResume",
      tags,
      body: createResumeSchema,
      response: withBodyProblems({ 201: resumeSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) => reply.status(201).send(await resumes.create(currentUser(request), request.body)),
  });

  app.route({
    method: "POST",
    url: "/api/v1/resumes/import/json-resume",
    bodyLimit,
    schema: {
      operationId: "importJsonResume",
      tags,
      description: "Creates a resume from a JSON Resume document; nothing is stored when the document is not valid.",
      body: jsonResumeImportSchema,
      response: withBodyProblems({ 201: resumeSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) =>
      reply.status(201).send(await resumes.importJsonResume(currentUser(request), request.body)),
  });

  app.route({
    method: "GET",
    url: "/api/v1/resumes/:resumeId",
    schema: { operationId: "getResume", tags, params: resumeParams, response: withProblems({ 200: resumeSchema }) },
    preHandler: guards.signedIn,
    handler: (request) => resumes.get(currentUser(request), request.params.resumeId),
  });

  app.route({
    method: "PATCH",
    url: "/api/v1/resumes/:resumeId",
    bodyLimit,
    schema: {
      operationId: "updateResume",
      tags,
      description:
        "Saves the resume. A changed document becomes a new version, or updates the newest version when that is " +
        "unnamed and was saved by the caller less than a minute ago (autosave).",
      params: resumeParams,
      body: updateResumeSchema,
      response: withBodyProblems({ 200: resumeSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => resumes.update(currentUser(request), request.params.resumeId, request.body),
  });

  app.route({
    method: "DELETE",
    url: "/api/v1/resumes/:resumeId",
    schema: { operationId: "deleteResume", tags, params: resumeParams, response: withProblems({ 204: z.null() }) },
    preHandler: guards.signedIn,
    handler: async (request, reply) => {
      await resumes.remove(currentUser(request), request.params.resumeId);
      return reply.status(204).send(null);
    },
  });

  app.route({
    method: "POST",
    url: "/api/v1/resumes/:resumeId/duplicate",
    bodyLimit,
    schema: {
      operationId: "duplicateResume",
      tags,
      description: "Copies the resume as it is now into a new resume (without its versions), e.g. to tailor it.",
      params: resumeParams,
      body: duplicateResumeSchema.optional(),
      response: withBodyProblems({ 201: resumeSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await resumes.duplicate(currentUser(request), request.params.resumeId, request.body ?? {})),
  });

  app.route({
    method: "GET",
    url: "/api/v1/resumes/:resumeId/versions",
    schema: {
      operationId: "listResumeVersions",
      tags,
      description: "Versions of the resume, newest first.",
      params: resumeParams,
      querystring: pageQuerySchema,
      response: withProblems({ 200: pageSchema(resumeVersionSchema) }),
    },
    preHandler: guards.signedIn,
    handler: (request) => resumes.listVersions(currentUser(request), request.params.resumeId, request.query),
  });

  app.route({
    method: "PATCH",
    url: "/api/v1/resumes/:resumeId/versions/:versionId",
    bodyLimit,
    schema: {
      operationId: "nameResumeVersion",
      tags,
      params: versionParams,
      body: nameVersionSchema,
      response: withBodyProblems({ 200: resumeVersionSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) =>
      resumes.nameVersion(currentUser(request), request.params.resumeId, request.params.versionId, request.body.name),
  });

  app.route({
    method: "POST",
    url: "/api/v1/resumes/:resumeId/versions/:versionId/restore",
    schema: {
      operationId: "restoreResumeVersion",
      tags,
      description: "Makes the version's document current again as a new version; no version is lost.",
      params: versionParams,
      response: withProblems({ 200: resumeSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => resumes.restore(currentUser(request), request.params.resumeId, request.params.versionId),
  });

  app.route({
    method: "GET",
    url: "/api/v1/resumes/:resumeId/diff",
    schema: {
      operationId: "diffResumeVersions",
      tags,
      description: "Field-level changes from one version to another version or to the current resume.",
      params: resumeParams,
      querystring: resumeDiffQuerySchema,
      response: withProblems({ 200: resumeDiffSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) =>
      resumes.diff(currentUser(request), request.params.resumeId, request.query.from, request.query.to),
  });
}
