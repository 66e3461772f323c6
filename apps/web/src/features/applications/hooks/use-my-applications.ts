"use client";

import type { Application } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { applicationKeys, fetchMyApplications, withdrawApplication } from "../api";

export function useMyApplications() {
  return useQuery({ queryKey: applicationKeys.mine, queryFn: fetchMyApplications });
}

export function useWithdrawApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (application: Application) => withdrawApplication(application.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationKeys.mine }),
  });
}
