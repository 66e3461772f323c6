import type { ImportedResume } from "@hirefolio/shared";
import { importReport, nothingRecognised } from "../../engines/resume-import/import-report";
import {
  pageRunsFromPdf,
  type ResumeReading,
  resumeFromDocxXml,
  resumeFromPdfPages,
} from "../../engines/resume-import/resume-import";
import { readZipEntry } from "../../engines/resume-render/office-zip";
import { readPdfTextLayer } from "../../engines/resume-render/pdf-text-layer";
import type { SessionUser } from "../../http/auth-guard";
import { HttpProblem, problems } from "../../http/problem";
import type { ResumesService } from "../resumes/resumes-service";

export type ResumeFileKind = "pdf" | "docx";

/** Resumes are a few pages; reading more would only let one upload cost seconds of CPU. */
const maxPages = 10;
/** A resume's word/document.xml is tens of KB; more than this is a zip bomb or not a resume. */
const maxDocumentXmlBytes = 20 * 1024 * 1024;

/** What the bytes are, whatever the Content-Type claimed: "%PDF-" near the start, or a ZIP ("PK\3\4"). */
export function sniffResumeFile(file: Buffer): ResumeFileKind | undefined {
  if (file.subarray(0, 1024).includes("%PDF-")) return "pdf";
  if (file.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return "docx";
  return undefined;
}

/** A 422 whose detail stands on its own, since the web app shows the detail without the title. */
const unreadable = (slug: string, title: string, detail: string) => problems.unprocessable(slug, title, detail);

async function readPdf(file: Buffer): Promise<{ reading: ResumeReading; pages: number }> {
  const pages = await readPdfTextLayer(file, { maxPages }).catch((error: Error) => {
    if (error.name === "PasswordException")
      throw unreadable(
        "encrypted-pdf",
        "This PDF is password-protected",
        "This PDF is password-protected; remove the password (or export it again without one) and import it again.",
      );
    throw unreadable(
      "malformed-pdf",
      "This PDF could not be read",
      "This PDF could not be read: it looks damaged or incomplete. Export it again from your editor and retry.",
    );
  });
  const runs = pageRunsFromPdf(pages);
  if (runs.every((page) => page.runs.every((run) => run.text.trim() === "")))
    throw unreadable(
      "pdf-without-text",
      "This PDF has no selectable text",
      "This PDF has no selectable text — it is probably a scan; export a text PDF from your editor or paste into the builder.",
    );
  return { reading: resumeFromPdfPages(runs), pages: pages.length };
}

function readDocx(file: Buffer): { reading: ResumeReading; pages: number } {
  let xml: string | undefined;
  try {
    xml = readZipEntry(file, "word/document.xml", maxDocumentXmlBytes)?.toString("utf8");
  } catch {
    xml = undefined;
  }
  if (xml === undefined)
    throw unreadable(
      "malformed-docx",
      "This Word document could not be read",
      "This Word document could not be read: it is damaged or not a .docx. Save it again as .docx and retry.",
    );
  return { reading: resumeFromDocxXml(xml), pages: 1 };
}

export function createResumeImportService(deps: { resumes: ResumesService }) {
  return {
    /** Reads a PDF or DOCX resume and creates a resume from it; nothing is stored when the file cannot be read. */
    async importFile(user: SessionUser, file: Buffer | undefined): Promise<ImportedResume> {
      if (!file?.length) throw problems.badRequest("The request has no file; send the PDF or DOCX as the body.");
      const kind = sniffResumeFile(file);
      if (!kind)
        throw new HttpProblem(
          415,
          "unsupported-resume-file",
          "Not a PDF or Word document",
          "Import a PDF or a .docx file (JSON Resume files go to /api/v1/resumes/import/json-resume).",
        );
      const { reading, pages } = kind === "pdf" ? await readPdf(file) : readDocx(file);
      if (nothingRecognised(reading.document))
        throw unreadable(
          "nothing-recognised",
          "No resume content was recognised",
          "No name, contact details, jobs, education or skills were found in this file; check that it is a resume.",
        );
      const origin = `Imported from ${kind === "pdf" ? "PDF" : "Word document"}`;
      const resume = await deps.resumes.importJsonResume(user, reading.document, origin);
      return { ...resume, importReport: importReport(reading, { kind, pages }) };
    },
  };
}

export type ResumeImportService = ReturnType<typeof createResumeImportService>;
