import type { DbOrTx } from "@hirefolio/db";
import {
  expectedTextOf,
  getResumeTemplate,
  type IndustryTemplateId,
  type Resume,
  renderModel,
} from "@hirefolio/shared";
import { exportDocx } from "../../engines/resume-render/docx-export";
import { exportPdf, type Paper } from "../../engines/resume-render/pdf-export";
import { extractDocxText, extractPdfText, verifyExport } from "../../engines/resume-render/read-back";
import type { SessionUser } from "../../http/auth-guard";
import { HttpProblem } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import { recordEvent } from "../../platform/events/record-event";
import type { ResumesService } from "../resumes/resumes-service";

export type ExportFormat = "pdf" | "docx";

export interface ResumeExport {
  body: Buffer;
  contentType: string;
  filename: string;
}

const contentTypes: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** ASCII letters, digits and hyphens only, so the name is safe in a header and on every file system. */
export function exportFilename(title: string, format: ExportFormat) {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${base || "resume"}.${format}`;
}

function verificationFailed(format: ExportFormat, missing: string[], badCharacters: string[]) {
  const detail =
    `The ${format.toUpperCase()} did not read back as written, so it was not sent. ` +
    [
      missing.length ? `Missing: ${missing.join(", ")}.` : "",
      badCharacters.length ? `Unreadable characters: ${badCharacters.join(", ")}.` : "",
    ]
      .filter(Boolean)
      .join(" ");
  return new HttpProblem(422, "export-verification-failed", "The export could not be verified", detail, [
    ...missing.map((field) => ({ field, message: "its text is missing from the exported file" })),
    ...badCharacters.map((c) => ({ field: "text", message: `contains ${c}, which parsers cannot read` })),
  ]);
}

type ExportOptions = { template?: IndustryTemplateId; paper?: Paper };

export function createResumeExportService(deps: { db: DbOrTx; clock: Clock; resumes: ResumesService }) {
  return {
    /**
     * Renders the caller's resume and reads the file back; a file that lost text is never handed out. Only a file
     * handed out counts as an export, and only the owner's: downloads through share links are the viewer's.
     */
    async export(user: SessionUser, resumeId: string, format: ExportFormat, options: ExportOptions) {
      const file = await this.render(await deps.resumes.forExport(user, resumeId, options.template), format, options);
      await recordEvent(deps.db, {
        type: "resume.exported",
        actorId: user.id,
        subjectId: resumeId,
        properties: { format },
        occurredAt: deps.clock.now(),
      });
      return file;
    },

    /** Renders a resume the caller was already allowed to see (through a share link or an application). */
    async render(
      resume: Pick<Resume, "title" | "templateId" | "document">,
      format: ExportFormat,
      options: ExportOptions = {},
    ): Promise<ResumeExport> {
      const template = getResumeTemplate(options.template ?? resume.templateId);
      const renderOptions = { paper: options.paper, title: resume.title };
      const body =
        format === "pdf"
          ? await exportPdf(resume.document, template, renderOptions)
          : await exportDocx(resume.document, template, renderOptions);
      const text = format === "pdf" ? await extractPdfText(body) : extractDocxText(body);
      const verification = verifyExport(expectedTextOf(renderModel(resume.document, template)), text);
      if (!verification.ok) throw verificationFailed(format, verification.missing, verification.badCharacters);
      return { body, contentType: contentTypes[format], filename: exportFilename(resume.title, format) };
    },
  };
}
export type ResumeExportService = ReturnType<typeof createResumeExportService>;
