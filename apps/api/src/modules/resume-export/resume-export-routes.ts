import { resumeExportQuerySchema, resumeTemplateSchema, resumeTemplates } from "@hirefolio/shared";
import type { FastifyReply } from "fastify";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { ResumesService } from "../resumes/resumes-service";
import { createResumeExportService, type ExportFormat, type ResumeExport } from "./resume-export-service";

const resumeParams = z.object({ resumeId: z.string().min(1).max(100) });
const tags = ["resumes"];
const docxQuerySchema = resumeExportQuerySchema.pick({ template: true });

/** Sends a verified export as a download that no shared cache keeps. */
export function sendResumeFile(reply: FastifyReply, file: ResumeExport) {
  return reply
    .type(file.contentType)
    .header("content-disposition", `attachment; filename="${file.filename}"`)
    .header("cache-control", "private, no-store")
    .header("x-export-verified", "true")
    .send(file.body);
}

const fileResponse = (format: ExportFormat) =>
  z.unknown().describe(`The ${format.toUpperCase()} file, sent only after its text was read back and verified`);

export function registerResumeExportRoutes(app: ZodApp, { deps, guards }: RouteDeps, resumes: ResumesService) {
  const exports = createResumeExportService({ db: deps.database.db, clock: deps.clock, resumes });

  app.route({
    method: "GET",
    url: "/api/v1/resume-templates",
    schema: {
      operationId: "listResumeTemplates",
      tags,
      description: "The single-column, ATS-safe industry templates a resume can be exported with.",
      response: withProblems({ 200: z.object({ items: z.array(resumeTemplateSchema) }) }),
    },
    preHandler: guards.signedIn,
    handler: async () => ({ items: resumeTemplates }),
  });

  app.route({
    method: "GET",
    url: "/api/v1/resumes/:resumeId/export.pdf",
    schema: {
      operationId: "exportResumePdf",
      tags,
      description:
        "The resume as a text-based PDF. The file is read back before it is sent; if any field's text did not " +
        "survive, the answer is 422 export-verification-failed instead of a broken file.",
      params: resumeParams,
      querystring: resumeExportQuerySchema,
      response: withProblems({ 200: fileResponse("pdf") }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) =>
      sendResumeFile(reply, await exports.export(currentUser(request), request.params.resumeId, "pdf", request.query)),
  });

  app.route({
    method: "GET",
    url: "/api/v1/resumes/:resumeId/export.docx",
    schema: {
      operationId: "exportResumeDocx",
      tags,
      description:
        "The resume as a single-column Word document with real headings and list bullets, read back and verified " +
        "before it is sent (422 export-verification-failed otherwise).",
      params: resumeParams,
      querystring: docxQuerySchema,
      response: withProblems({ 200: fileResponse("docx") }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) =>
      sendResumeFile(reply, await exports.export(currentUser(request), request.params.resumeId, "docx", request.query)),
  });
}
