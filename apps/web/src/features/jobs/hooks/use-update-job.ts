"use client";

import type { Job, UpdateJob } from "@hirefolio/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { employerKeys } from "@/features/employers/api";
import { jobKeys, updateJob } from "../api";

export function useUpdateJob(job: Job) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateJob) => updateJob(job.id, changes),
    onSuccess: (saved) => {
      queryClient.setQueryData(jobKeys.detail(job.id), saved);
      queryClient.invalidateQueries({ queryKey: jobKeys.allForEmployer(job.employerId) });
      // A status change moves the job between the dashboard's draft, open and closed counts.
      queryClient.invalidateQueries({ queryKey: employerKeys.pipeline(job.employerId) });
      queryClient.invalidateQueries({ queryKey: ["jobs", "board"] });
    },
  });
}
