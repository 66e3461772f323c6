import {
  applicationResumeSchema,
  createShareLinkSchema,
  problemSchema,
  sharedResumeSchema,
  shareLinkSchema,
} from "@hirefolio/shared";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import { sendResumeFile } from "../resume-export/resume-export-routes";
import type { ResumeSharingService, Visitor } from "./resume-sharing-service";

const resumeParams = z.object({ resumeId: z.string().min(1).max(100) });
const linkParams = resumeParams.extend({ linkId: z.string().min(1).max(100) });
const slugParams = z.object({ slug: z.string().min(1).max(100) });
const applicationParams = z.object({ applicationId: z.string().min(1).max(100) });
const pdf = z.unknown().describe("The resume as a text-based PDF, read back and verified before it is sent");
const publicProblems = { 404: problemSchema, 422: problemSchema, 429: problemSchema };

export function registerResumeSharingRoutes(app: ZodApp, { deps, guards }: RouteDeps, sharing: ResumeSharingService) {
  // Public pages are cheap to read but a PDF costs a render, so downloads get a tighter per-address budget.
  const publicLimit = (perMinute: number) => ({
    rateLimit: { max: Math.min(deps.config.RATE_LIMIT_PER_MINUTE, perMinute), timeWindow: "1 minute" },
  });
  const visitorOf = async (request: FastifyRequest): Promise<Visitor> => ({
    ip: request.ip,
    userAgent: request.headers["user-agent"] ?? "",
    user: await guards.optionalUser(request),
  });

  app.route({
    method: "GET",
    url: "/api/v1/resumes/:resumeId/share-links",
    schema: {
      operationId: "listResumeShareLinks",
      tags: ["resume sharing"],
      params: resumeParams,
      response: withProblems({ 200: z.object({ items: z.array(shareLinkSchema) }) }),
    },
    preHandler: guards.signedIn,
    handler: (request) => sharing.list(currentUser(request), request.params.resumeId),
  });

  app.route({
    method: "POST",
    url: "/api/v1/resumes/:resumeId/share-links",
    schema: {
      operationId: "createResumeShareLink",
      tags: ["resume sharing"],
      description: "A new public link to the resume; views and downloads through it are counted.",
      params: resumeParams,
      body: createShareLinkSchema,
      response: withProblems({ 201: shareLinkSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) =>
      reply.status(201).send(await sharing.create(currentUser(request), request.params.resumeId, request.body)),
  });

  app.route({
    method: "POST",
    url: "/api/v1/resumes/:resumeId/share-links/:linkId/revoke",
    schema: {
      operationId: "revokeResumeShareLink",
      tags: ["resume sharing"],
      description: "Stops the link from working (404 from then on); its counted views stay.",
      params: linkParams,
      response: withProblems({ 200: shareLinkSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => sharing.revoke(currentUser(request), request.params.resumeId, request.params.linkId),
  });

  app.route({
    method: "GET",
    url: "/api/v1/shared-resumes/:slug",
    config: publicLimit(120),
    schema: {
      operationId: "getSharedResume",
      tags: ["resume sharing"],
      description: "Public: the resume behind a share link. Counts one view per visitor and day.",
      security: [],
      params: slugParams,
      response: { 200: sharedResumeSchema, ...publicProblems },
    },
    handler: async (request, reply) => {
      reply.header("cache-control", "private, no-store").header("x-robots-tag", "noindex");
      return sharing.view(request.params.slug, await visitorOf(request));
    },
  });

  app.route({
    method: "GET",
    url: "/api/v1/shared-resumes/:slug/export.pdf",
    config: publicLimit(20),
    schema: {
      operationId: "downloadSharedResumePdf",
      tags: ["resume sharing"],
      description: "Public: the shared resume as a PDF. Counts one download per visitor and day.",
      security: [],
      params: slugParams,
      response: { 200: pdf, ...publicProblems },
    },
    handler: async (request, reply) =>
      sendResumeFile(
        reply.header("x-robots-tag", "noindex"),
        await sharing.download(request.params.slug, await visitorOf(request)),
      ),
  });

  app.route({
    method: "GET",
    url: "/api/v1/applications/:applicationId/resume",
    schema: {
      operationId: "getApplicationResume",
      tags: ["applications"],
      description: "The resume the candidate applied with: for the candidate and the employer's hiring team.",
      params: applicationParams,
      response: withProblems({ 200: applicationResumeSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => sharing.forApplication(currentUser(request), request.params.applicationId),
  });

  app.route({
    method: "GET",
    url: "/api/v1/applications/:applicationId/resume.pdf",
    schema: {
      operationId: "downloadApplicationResumePdf",
      tags: ["applications"],
      params: applicationParams,
      response: withProblems({ 200: pdf }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) =>
      sendResumeFile(reply, await sharing.pdfForApplication(currentUser(request), request.params.applicationId)),
  });
}
