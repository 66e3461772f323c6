import { expectedTextOf, getResumeTemplate, type Resume, renderModel } from "@hirefolio/shared";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { exportPdf } from "../../engines/resume-render/pdf-export";
import { extractPdfText, verifyExport } from "../../engines/resume-render/read-back";
import type { Cache } from "../../platform/cache/cache";

/** What an ATS would read from the resume's PDF export: its text, its length and the fields that did not survive. */
export interface PdfReadBack {
  templateId: string;
  pageCount: number;
  text: string;
  lostFields: string[];
}

/** A read-back only changes with the resume, so it can live long; old versions' entries simply expire. */
const cacheTtlSeconds = 24 * 60 * 60;

async function countPdfPages(pdf: Uint8Array): Promise<number> {
  const task = getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  try {
    return (await task.promise).numPages;
  } finally {
    await task.destroy();
  }
}

/** Renders a resume to PDF with its template (the same renderer as the download) and reads the file back. */
export async function readBackPdf(resume: Pick<Resume, "title" | "templateId" | "document">): Promise<PdfReadBack> {
  const template = getResumeTemplate(resume.templateId);
  const pdf = await exportPdf(resume.document, template, { title: resume.title });
  const [text, pageCount] = await Promise.all([extractPdfText(pdf), countPdfPages(pdf)]);
  const { missing } = verifyExport(expectedTextOf(renderModel(resume.document, template)), text);
  // Headings are the template's own words, not the user's; only fields the user can fix are reported.
  const lostFields = missing.filter((field) => !field.startsWith("headings."));
  return { templateId: template.id, pageCount, text, lostFields };
}

/**
 * readBackPdf for saved resumes, cached per saved state since rendering takes ~100–500 ms. The version id alone is
 * not enough: autosaves within a minute rewrite the newest version in place, so the resume's updatedAt is part of
 * the key.
 */
export function createCachedPdfReadBack(cache: Cache) {
  return async (resume: Resume): Promise<PdfReadBack> => {
    const key = `ats:pdf-read-back:${resume.id}:${resume.currentVersionId}:${resume.updatedAt}:${resume.templateId}`;
    const cached = await cache.get<PdfReadBack>(key);
    if (cached) return cached;
    const fresh = await readBackPdf(resume);
    await cache.set(key, fresh, cacheTtlSeconds);
    return fresh;
  };
}
