"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchDiff, fetchVersions, nameVersion, restoreVersion, resumeKeys } from "../api";

export function useResumeVersions(resumeId: string) {
  return useQuery({ queryKey: resumeKeys.versions(resumeId), queryFn: () => fetchVersions(resumeId) });
}

export function useResumeDiff(resumeId: string, from: string | undefined, to: string) {
  return useQuery({
    queryKey: resumeKeys.diff(resumeId, from ?? "", to),
    queryFn: () => fetchDiff(resumeId, from!, to),
    enabled: !!from,
  });
}

export function useNameVersion(resumeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ versionId, name }: { versionId: string; name: string | null }) =>
      nameVersion(resumeId, versionId, name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resumeKeys.versions(resumeId) }),
  });
}

export function useRestoreVersion(resumeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (versionId: string) => restoreVersion(resumeId, versionId),
    onSuccess: (resume) => {
      queryClient.setQueryData(resumeKeys.detail(resumeId), resume);
      return queryClient.invalidateQueries({ queryKey: resumeKeys.versions(resumeId) });
    },
  });
}
