"use client";

import type { Job, UpdateJob } from "@hirefolio/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { jobKeys, updateJob } from "../api";

export function useUpdateJob(job: Job) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateJob) => updateJob(job.id, changes),
    onSuccess: (saved) => {
      queryClient.setQueryData(jobKeys.detail(job.id), saved);
      queryClient.invalidateQueries({ queryKey: jobKeys.allForEmployer(job.employerId) });
      queryClient.invalidateQueries({ queryKey: ["jobs", "board"] });
    },
  });
}
