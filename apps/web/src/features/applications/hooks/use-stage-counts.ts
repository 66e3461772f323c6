"use client";

import type { ApplicationStage, Job } from "@hirefolio/shared";
import { useQueries } from "@tanstack/react-query";
import { applicationKeys, fetchJobApplications } from "../api";
import { stageLabels } from "../stages";

export type StageCounts = Record<ApplicationStage, number>;

const emptyCounts = () => Object.fromEntries(Object.keys(stageLabels).map((stage) => [stage, 0])) as StageCounts;

/**
 * Applicants per stage across the given jobs, from each job's applications (shared with its pipeline board's cache).
 * Jobs without applicants are skipped.
 */
export function useStageCounts(jobs: Job[]) {
  const withApplicants = jobs.filter((job) => (job.applicantCount ?? 0) > 0);
  return useQueries({
    queries: withApplicants.map((job) => ({
      queryKey: applicationKeys.forJob(job.id),
      queryFn: () => fetchJobApplications(job.id),
    })),
    combine: (results) => {
      const counts = emptyCounts();
      for (const result of results) {
        for (const application of result.data?.items ?? []) counts[application.stage]++;
      }
      return { counts, isPending: results.some((result) => result.isPending) };
    },
  });
}
