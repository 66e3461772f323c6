"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { isApiError } from "@/lib/api-client";
import { cancelFromLink, fetchInterviewLink, rescheduleFromLink, schedulingKeys } from "../api";

export function useInterviewLink(token: string, timeZone: string) {
  return useQuery({
    queryKey: [...schedulingKeys.interviewLink(token), timeZone],
    queryFn: () => fetchInterviewLink(token, timeZone),
    // A finished, cancelled or unknown interview stays that way.
    retry: (count, error) => !isApiError(error, 404) && !isApiError(error, 410) && count < 2,
    placeholderData: (previous) => previous,
  });
}

/** A move changes the interview and the times it can move to, so the link's view is reloaded. */
export function useRescheduleFromLink(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (start: string) => rescheduleFromLink(token, start),
    onSettled: () => queryClient.invalidateQueries({ queryKey: schedulingKeys.interviewLink(token) }),
  });
}

/** Not reloaded after a cancel: the link answers 410 from then on, and the page shows the cancellation itself. */
export function useCancelFromLink(token: string) {
  return useMutation({ mutationFn: (reason: string) => cancelFromLink(token, reason) });
}
