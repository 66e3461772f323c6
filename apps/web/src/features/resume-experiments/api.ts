import type {
  ApplicationResume,
  CreateExperiment,
  Experiment,
  ExperimentResults,
  SharedResume,
  ShareLink,
} from "@hirefolio/shared";
import type { Page } from "@/features/jobs/api";
import { api } from "@/lib/api-client";

export const experimentKeys = {
  all: ["resume-experiments"] as const,
  list: ["resume-experiments", "list"] as const,
  results: (experimentId: string) => ["resume-experiments", experimentId, "results"] as const,
  shareLinks: (resumeId: string) => ["resumes", resumeId, "share-links"] as const,
  shared: (slug: string) => ["shared-resumes", slug] as const,
  applicationResume: (applicationId: string) => ["applications", applicationId, "resume"] as const,
};

const base = "/api/v1/resume-experiments";

export const fetchExperiments = () => api.get<Page<Experiment>>(base, { query: { limit: 100 } });
export const createExperiment = (input: CreateExperiment) => api.post<Experiment>(base, input);
export const fetchResults = (experimentId: string) => api.get<ExperimentResults>(`${base}/${experimentId}/results`);
export const endExperiment = (experimentId: string) => api.post<Experiment>(`${base}/${experimentId}/end`);
export const deleteExperiment = (experimentId: string) => api.delete(`${base}/${experimentId}`);

export const fetchShareLinks = (resumeId: string) =>
  api.get<{ items: ShareLink[] }>(`/api/v1/resumes/${resumeId}/share-links`);
export const createShareLink = (resumeId: string, label: string) =>
  api.post<ShareLink>(`/api/v1/resumes/${resumeId}/share-links`, { label });
export const revokeShareLink = (resumeId: string, linkId: string) =>
  api.post<ShareLink>(`/api/v1/resumes/${resumeId}/share-links/${linkId}/revoke`);

export const fetchSharedResume = (slug: string) => api.get<SharedResume>(`/api/v1/shared-resumes/${slug}`);
/** A plain link: the browser downloads it (Content-Disposition: attachment) and the API counts the download. */
export const sharedResumePdfUrl = (slug: string) => `/api/v1/shared-resumes/${encodeURIComponent(slug)}/export.pdf`;
/** The page anyone with the link sees. */
export const sharedResumePath = (slug: string) => `/r/${slug}`;

export const fetchApplicationResume = (applicationId: string) =>
  api.get<ApplicationResume>(`/api/v1/applications/${applicationId}/resume`);
export const applicationResumePdfUrl = (applicationId: string) => `/api/v1/applications/${applicationId}/resume.pdf`;
