import type {
  AtsAnalysis,
  CreateResume,
  ImportedResume,
  Resume,
  ResumeDiff,
  ResumeExportQuery,
  ResumeSummary,
  ResumeTemplate,
  ResumeVersion,
  UpdateResume,
} from "@hirefolio/shared";
import type { Page } from "@/features/jobs/api";
import { api } from "@/lib/api-client";

export const resumeKeys = {
  all: ["resumes"] as const,
  list: ["resumes", "list"] as const,
  detail: (resumeId: string) => ["resumes", resumeId] as const,
  versions: (resumeId: string) => ["resumes", resumeId, "versions"] as const,
  templates: ["resume-templates"] as const,
  diff: (resumeId: string, from: string, to: string) => ["resumes", resumeId, "diff", from, to] as const,
};

const base = "/api/v1/resumes";

export const fetchResumes = () => api.get<Page<ResumeSummary>>(base, { query: { limit: 100 } });
export const fetchResume = (resumeId: string) => api.get<Resume>(`${base}/${resumeId}`);
export const createResume = (input: Partial<CreateResume> & { title: string }) => api.post<Resume>(base, input);
export const importJsonResume = (document: unknown) => api.post<Resume>(`${base}/import/json-resume`, document);
export const importResumeFile = ({ file, onProgress }: { file: File; onProgress?: (fraction: number) => void }) =>
  api.upload<ImportedResume>("POST", `${base}/import/file`, file, { onProgress });
export const updateResume = (resumeId: string, input: UpdateResume) => api.patch<Resume>(`${base}/${resumeId}`, input);
export const duplicateResume = (resumeId: string) => api.post<Resume>(`${base}/${resumeId}/duplicate`);
export const deleteResume = (resumeId: string) => api.delete(`${base}/${resumeId}`);

export const fetchVersions = (resumeId: string) =>
  api.get<Page<ResumeVersion>>(`${base}/${resumeId}/versions`, { query: { limit: 100 } });
export const nameVersion = (resumeId: string, versionId: string, name: string | null) =>
  api.patch<ResumeVersion>(`${base}/${resumeId}/versions/${versionId}`, { name });
export const restoreVersion = (resumeId: string, versionId: string) =>
  api.post<Resume>(`${base}/${resumeId}/versions/${versionId}/restore`);
export const fetchDiff = (resumeId: string, from: string, to: string) =>
  api.get<ResumeDiff>(`${base}/${resumeId}/diff`, { query: { from, to } });

export const analyzeResume = (resumeId: string, jobDescription: string) =>
  api.post<AtsAnalysis>("/api/v1/ats/analyze", { resumeId, jobDescription });

export type ExportFormat = "pdf" | "docx";
export type PaperSize = ResumeExportQuery["paper"];

export const fetchTemplates = () => api.get<{ items: ResumeTemplate[] }>("/api/v1/resume-templates");
/** The exported file; the API sends it only after reading its text back (x-export-verified), else a 422 problem. */
export const exportResume = (resumeId: string, format: ExportFormat, query: { template: string; paper: PaperSize }) =>
  api.download(`${base}/${resumeId}/export.${format}`, `resume.${format}`, {
    query: format === "pdf" ? query : { template: query.template },
  });
