import { z } from "zod";
import { resumeSchema } from "./resume";

/** The file types `POST /api/v1/resumes/import/file` reads, by the Content-Type it is sent with. */
export const resumeImportContentTypes = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;
/** Uploads larger than this are refused with 413 before they are read. */
export const resumeImportMaxBytes = 5 * 1024 * 1024;

export const resumeImportFieldSchema = z.object({
  field: z.string().describe('A document path: "basics.email", "work", "skills" …'),
  label: z.string().describe('What a person calls it: "Email", "Work experience" …'),
  count: z.number().int().optional().describe("How many entries were found, for list sections"),
});
export type ResumeImportField = z.infer<typeof resumeImportFieldSchema>;

export const resumeImportReportSchema = z.object({
  source: z.enum(["pdf", "docx"]),
  pages: z.number().int().describe("Pages in the PDF; 1 for a DOCX"),
  columns: z.number().int().describe("2 when a two-column layout was read column by column"),
  confidence: z.enum(["high", "medium", "low"]).describe("How much of a usual resume was recognised"),
  found: z.array(resumeImportFieldSchema),
  missing: z.array(resumeImportFieldSchema).describe("Fields most resumes have that were not found"),
  warnings: z.array(z.string()).describe('Things to check, e.g. "2 dates could not be read"'),
});
export type ResumeImportReport = z.infer<typeof resumeImportReportSchema>;

export const importedResumeSchema = resumeSchema.extend({ importReport: resumeImportReportSchema });
export type ImportedResume = z.infer<typeof importedResumeSchema>;
