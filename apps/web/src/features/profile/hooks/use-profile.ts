"use client";

import type { CandidateProfile, UpdateCandidateProfile } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchProfile, profileQueryKey, updateProfile } from "../api";

export function useProfile() {
  return useQuery({ queryKey: profileQueryKey, queryFn: fetchProfile });
}

/**
 * Saves profile changes optimistically: the cache shows the edit at once and rolls back if the API refuses it.
 * The server's answer then replaces the guess, including the recomputed completeness.
 */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onMutate: async (changes: UpdateCandidateProfile) => {
      await queryClient.cancelQueries({ queryKey: profileQueryKey });
      const previous = queryClient.getQueryData<CandidateProfile>(profileQueryKey);
      if (previous) queryClient.setQueryData<CandidateProfile>(profileQueryKey, { ...previous, ...changes });
      return { previous };
    },
    onError: (_error, _changes, context) => {
      if (context?.previous) queryClient.setQueryData(profileQueryKey, context.previous);
    },
    onSuccess: (saved) => queryClient.setQueryData(profileQueryKey, saved),
  });
}
