import type {
  Application,
  ApplicationStage,
  ApplicationSummary,
  CreateApplication,
  StageEvent,
} from "@hirefolio/shared";
import type { Page } from "@/features/jobs/api";
import { api } from "@/lib/api-client";

export type MovableStage = Exclude<ApplicationStage, "withdrawn">;

export const applicationKeys = {
  mine: ["me", "applications"] as const,
  forJob: (jobId: string) => ["jobs", "applications", jobId] as const,
  history: (applicationId: string) => ["applications", applicationId, "history"] as const,
  detail: (applicationId: string) => ["applications", applicationId] as const,
};

/** Up to 100 of the person's applications, for their dashboard. */
export const fetchMyApplications = () =>
  api.get<Page<ApplicationSummary>>("/api/v1/me/applications", { query: { limit: 100 } });

export const fetchJobApplications = (jobId: string) =>
  api.get<Page<ApplicationSummary>>(`/api/v1/jobs/${jobId}/applications`, { query: { limit: 100 } });

export const applyToJob = (jobId: string, input: CreateApplication) =>
  api.post<Application>(`/api/v1/jobs/${jobId}/applications`, input);

export const moveStage = (applicationId: string, input: { stage: MovableStage; note: string }) =>
  api.post<Application>(`/api/v1/applications/${applicationId}/stage`, input);

export const withdrawApplication = (applicationId: string) =>
  api.post<Application>(`/api/v1/applications/${applicationId}/withdraw`);

export const fetchStageHistory = (applicationId: string) =>
  api.get<StageEvent[]>(`/api/v1/applications/${applicationId}/history`);

/** One application in full, with the cover note that lists leave out. */
export const fetchApplication = (applicationId: string) =>
  api.get<Application>(`/api/v1/applications/${applicationId}`);
