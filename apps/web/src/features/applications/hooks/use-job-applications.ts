"use client";

import type { ApplicationSummary } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { employerKeys } from "@/features/employers/api";
import type { Page } from "@/features/jobs/api";
import {
  applicationKeys,
  fetchApplication,
  fetchJobApplications,
  fetchStageHistory,
  type MovableStage,
  moveStage,
} from "../api";

export function useJobApplications(jobId: string) {
  return useQuery({ queryKey: applicationKeys.forJob(jobId), queryFn: () => fetchJobApplications(jobId) });
}

export function useApplication(applicationId: string) {
  return useQuery({ queryKey: applicationKeys.detail(applicationId), queryFn: () => fetchApplication(applicationId) });
}

export function useStageHistory(applicationId: string) {
  return useQuery({
    queryKey: applicationKeys.history(applicationId),
    queryFn: () => fetchStageHistory(applicationId),
  });
}

/** Moves an application and writes the result into the job's cached list, so the board animates the card across. */
export function useMoveStage(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      application,
      stage,
      note,
    }: {
      application: ApplicationSummary;
      stage: MovableStage;
      note: string;
    }) => moveStage(application.id, { stage, note }),
    onSuccess: (moved) => {
      queryClient.setQueryData<Page<ApplicationSummary>>(applicationKeys.forJob(jobId), (page) =>
        page ? { ...page, items: page.items.map((item) => (item.id === moved.id ? moved : item)) } : page,
      );
      queryClient.invalidateQueries({ queryKey: applicationKeys.history(moved.id) });
      queryClient.invalidateQueries({ queryKey: employerKeys.pipeline(moved.employerId) });
    },
  });
}
