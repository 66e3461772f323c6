"use client";

import type { Resume } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  createResume,
  deleteResume,
  duplicateResume,
  fetchResume,
  fetchResumes,
  importJsonResume,
  importResumeFile,
  resumeKeys,
} from "../api";

export function useResumes() {
  return useQuery({ queryKey: resumeKeys.list, queryFn: fetchResumes });
}

export function useResume(resumeId: string) {
  // The editor owns the document once loaded; refetching behind its back would fight the user's typing.
  return useQuery({
    queryKey: resumeKeys.detail(resumeId),
    queryFn: () => fetchResume(resumeId),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

/** Mutations of the resume list; each refreshes the list and seeds the new resume's cache entry. */
export function useResumeListMutations() {
  const queryClient = useQueryClient();
  const onCreated = (resume: Resume) => {
    queryClient.setQueryData(resumeKeys.detail(resume.id), resume);
    return queryClient.invalidateQueries({ queryKey: resumeKeys.list });
  };
  return {
    create: useMutation({ mutationFn: createResume, onSuccess: onCreated }),
    importJson: useMutation({ mutationFn: importJsonResume, onSuccess: onCreated }),
    importFile: useMutation({ mutationFn: importResumeFile, onSuccess: onCreated }),
    duplicate: useMutation({ mutationFn: duplicateResume, onSuccess: onCreated }),
    remove: useMutation({
      mutationFn: deleteResume,
      onSuccess: (_result, resumeId) => {
        queryClient.removeQueries({ queryKey: resumeKeys.detail(resumeId) });
        return queryClient.invalidateQueries({ queryKey: resumeKeys.list });
      },
    }),
  };
}
