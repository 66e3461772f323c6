"use client";

import type { PortfolioSettings, UpdatePortfolioSettings } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchSettings, portfolioKeys, regenerateLink, updateSettings } from "../api";

export function usePortfolioSettings() {
  return useQuery({ queryKey: portfolioKeys.settings, queryFn: fetchSettings });
}

const updateSettingsKey = ["portfolio", "settings", "update"];

/**
 * Saves part of the settings. Theme and visibility show at once (optimistic) and only those fields roll back if the
 * server refuses; handle, bio and links wait for the server, which renders the bio and owns the handle's
 * availability. With several saves in flight, only the last to finish writes the server's answer, so an earlier
 * one answering late cannot undo a later choice; if that last one fails, the settings are fetched again.
 */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  const lastInFlight = () => queryClient.isMutating({ mutationKey: updateSettingsKey }) <= 1;
  return useMutation({
    mutationKey: updateSettingsKey,
    mutationFn: updateSettings,
    // The pick itself shows through useInstantChoice; this keeps every other reader of the settings in step.
    onMutate: (input: UpdatePortfolioSettings) => {
      const previous = queryClient.getQueryData<PortfolioSettings>(portfolioKeys.settings);
      const chosen = {
        ...(input.theme ? { theme: input.theme } : {}),
        ...(input.visibility ? { visibility: input.visibility } : {}),
      };
      if (!previous || Object.keys(chosen).length === 0) return { restore: undefined };
      void queryClient.cancelQueries({ queryKey: portfolioKeys.settings });
      queryClient.setQueryData<PortfolioSettings>(portfolioKeys.settings, { ...previous, ...chosen });
      const restore = {
        ...(chosen.theme ? { theme: previous.theme } : {}),
        ...(chosen.visibility ? { visibility: previous.visibility } : {}),
      };
      return { restore };
    },
    onError: (_error, _input, context) => {
      const restore = context?.restore;
      if (restore) {
        queryClient.setQueryData<PortfolioSettings>(
          portfolioKeys.settings,
          (current) => current && { ...current, ...restore },
        );
      }
      if (lastInFlight()) void queryClient.invalidateQueries({ queryKey: portfolioKeys.settings });
    },
    onSuccess: (saved) => {
      if (lastInFlight()) queryClient.setQueryData(portfolioKeys.settings, saved);
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
