import type { CreateJob, Job, UpdateJob } from "@hirefolio/shared";
import { api } from "@/lib/api-client";

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type Workplace = Job["workplace"];
export type JobStatus = Job["status"];

export interface JobBoardFilters {
  q: string;
  workplace?: Workplace;
}

export const jobKeys = {
  board: (filters: JobBoardFilters) => ["jobs", "board", filters] as const,
  detail: (jobId: string) => ["jobs", "detail", jobId] as const,
  forEmployer: (employerId: string, status?: JobStatus) => ["employers", employerId, "jobs", status ?? "all"] as const,
  allForEmployer: (employerId: string) => ["employers", employerId, "jobs"] as const,
};

export const fetchOpenJobs = (filters: JobBoardFilters, cursor?: string) =>
  api.get<Page<Job>>("/api/v1/jobs", { query: { ...filters, cursor, limit: 20 } });

export const fetchJob = (jobId: string) => api.get<Job>(`/api/v1/jobs/${jobId}`);

export const fetchEmployerJobs = (
  employerId: string,
  options: { status?: JobStatus; cursor?: string; limit?: number },
) => api.get<Page<Job>>(`/api/v1/employers/${employerId}/jobs`, { query: { limit: 20, ...options } });

export const createJob = (employerId: string, input: CreateJob) =>
  api.post<Job>(`/api/v1/employers/${employerId}/jobs`, input);

export const updateJob = (jobId: string, input: UpdateJob) => api.patch<Job>(`/api/v1/jobs/${jobId}`, input);
