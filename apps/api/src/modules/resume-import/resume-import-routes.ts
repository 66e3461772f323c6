import { importedResumeSchema, problemSchema, resumeImportContentTypes, resumeImportMaxBytes } from "@hirefolio/shared";
import type { FastifyRequest } from "fastify";
import { currentUser } from "../../http/auth-guard";
import { HttpProblem } from "../../http/problem";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { ResumesService } from "../resumes/resumes-service";
import { createResumeImportService } from "./resume-import-service";

const megabytes = resumeImportMaxBytes / 1024 / 1024;

/** Refuses a declared oversized upload before reading it; Fastify's own limit still stops one sent chunked. */
async function refuseOversized(request: FastifyRequest) {
  if (Number(request.headers["content-length"] ?? 0) > resumeImportMaxBytes)
    throw new HttpProblem(
      413,
      "file-too-large",
      "File too large",
      `Resume files up to ${megabytes} MB can be imported.`,
    );
}

export function registerResumeImportRoutes(app: ZodApp, { guards }: RouteDeps, resumes: ResumesService) {
  const imports = createResumeImportService({ resumes });

  // Only raw files reach this route, and its parsers stay in this plugin: the rest of the API answers 415 to them.
  app.register(async (scope: ZodApp) => {
    scope.removeContentTypeParser(["application/json", "text/plain"]);
    scope.addContentTypeParser(
      [...Object.values(resumeImportContentTypes), "application/octet-stream"],
      { parseAs: "buffer", bodyLimit: resumeImportMaxBytes },
      (_request, body, done) => done(null, body),
    );

    scope.route({
      method: "POST",
      url: "/api/v1/resumes/import/file",
      bodyLimit: resumeImportMaxBytes,
      schema: {
        operationId: "importResumeFile",
        tags: ["resumes"],
        description:
          `Creates a resume from a PDF or DOCX sent as the raw body (Content-Type ${resumeImportContentTypes.pdf}, ` +
          `${resumeImportContentTypes.docx} or application/octet-stream; up to ${megabytes} MB). The file type is ` +
          "read from its bytes. The answer carries an import report: what was found, what is missing, what to " +
          "check. A file that cannot be read (damaged, password-protected, a scan without text) stores nothing.",
        response: withProblems({ 201: importedResumeSchema, 413: problemSchema, 415: problemSchema }),
      },
      onRequest: [guards.signedIn, refuseOversized],
      handler: async (request, reply) =>
        reply.status(201).send(await imports.importFile(currentUser(request), request.body as Buffer | undefined)),
    });
  });
}
