"use client";

import type { ApplicationSummary } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { jobKeys } from "@/features/jobs/api";
import { applicationKeys, fetchMyApplications, withdrawApplication } from "../api";

export function useMyApplications() {
  return useQuery({ queryKey: applicationKeys.mine, queryFn: fetchMyApplications });
}

export function useWithdrawApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (application: ApplicationSummary) => withdrawApplication(application.id),
    onSuccess: (withdrawn) => {
      queryClient.invalidateQueries({ queryKey: applicationKeys.mine });
      // The job's page shows the candidate's stage from the job itself.
      queryClient.invalidateQueries({ queryKey: jobKeys.detail(withdrawn.jobId) });
    },
  });
}
