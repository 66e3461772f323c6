"use client";

import type { PortfolioSettings, UpdatePortfolioSettings } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchSettings, portfolioKeys, regenerateLink, updateSettings } from "../api";

export function usePortfolioSettings() {
  return useQuery({ queryKey: portfolioKeys.settings, queryFn: fetchSettings });
}

const updateSettingsKey = ["portfolio", "settings", "update"];

/**
 * Saves part of the settings. Theme and visibility show at once (optimistic) and roll back if the server refuses;
 * handle, bio and links wait for the server, which renders the bio and owns the handle's availability.
 */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: updateSettingsKey,
    mutationFn: updateSettings,
    // The pick itself shows through useInstantChoice; this keeps every other reader of the settings in step.
    onMutate: (input: UpdatePortfolioSettings) => {
      const previous = queryClient.getQueryData<PortfolioSettings>(portfolioKeys.settings);
      const { theme, visibility } = input;
      if (previous && (theme || visibility)) {
        void queryClient.cancelQueries({ queryKey: portfolioKeys.settings });
        queryClient.setQueryData<PortfolioSettings>(portfolioKeys.settings, {
          ...previous,
          ...(theme ? { theme } : {}),
          ...(visibility ? { visibility } : {}),
        });
      }
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(portfolioKeys.settings, context.previous);
    },
    onSuccess: (saved) => {
      // An earlier save answering late must not undo a later optimistic choice; the last save in flight writes.
      if (queryClient.isMutating({ mutationKey: updateSettingsKey }) <= 1) {
        queryClient.setQueryData(portfolioKeys.settings, saved);
      }
      // A new username means other figures; the badges may change with a published page.
      void queryClient.invalidateQueries({ queryKey: portfolioKeys.githubStats });
      void queryClient.invalidateQueries({ queryKey: portfolioKeys.badges });
    },
  });
}

export function useRegenerateLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: regenerateLink,
    onSuccess: (saved) => queryClient.setQueryData(portfolioKeys.settings, saved),
  });
}
