"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { isApiError } from "@/lib/api-client";
import { bookLinkSlot, fetchPublicLink, holdLinkSlot, schedulingKeys } from "../api";

export function usePublicLink(token: string, timeZone: string) {
  return useQuery({
    queryKey: schedulingKeys.publicLink(token, timeZone),
    queryFn: () => fetchPublicLink(token, timeZone),
    // An expired or unknown link stays that way.
    retry: (count, error) => !isApiError(error, 404) && !isApiError(error, 410) && count < 2,
    placeholderData: (previous) => previous,
  });
}

/** Hold and book both change what the link shows (a taken time disappears), so its view is reloaded. */
function useLinkAction(token: string, action: typeof holdLinkSlot) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ start, timeZone }: { start: string; timeZone: string }) => action(token, start, timeZone),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["scheduling-links", token] }),
  });
}

export const useHoldLinkSlot = (token: string) => useLinkAction(token, holdLinkSlot);
export const useBookLinkSlot = (token: string) => useLinkAction(token, bookLinkSlot);
