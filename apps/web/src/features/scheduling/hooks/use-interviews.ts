"use client";

import type { FeedbackInput, Interview } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type BookInput,
  type BookLoopInput,
  bookInterview,
  bookLoop,
  type CreateLinkInput,
  cancelInterview,
  createSchedulingLink,
  fetchInterviews,
  fetchTeamBusy,
  giveFeedback,
  rescheduleInterview,
  respondToInterview,
  type SuggestInput,
  type SuggestLoopInput,
  schedulingKeys,
  suggestLoop,
  suggestSlots,
} from "../api";

export function useInterviews(from: string, to: string) {
  return useQuery({
    queryKey: schedulingKeys.interviews(from, to),
    queryFn: () => fetchInterviews(from, to),
    placeholderData: (previous) => previous,
  });
}

/** Calendar busy time of the team for the week shown; only fetched while one interviewer is in focus. */
export function useTeamBusy(employerId: string | undefined, from: string, to: string, enabled: boolean) {
  return useQuery({
    queryKey: schedulingKeys.teamBusy(employerId ?? "", from, to),
    queryFn: () => fetchTeamBusy(employerId!, from, to),
    enabled: enabled && !!employerId,
  });
}

/** Any change to an interview can move it between weeks, so every cached range is refreshed. */
function useInterviewChange<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: schedulingKeys.allInterviews }),
  });
}

export function useSuggestSlots() {
  return useMutation({ mutationFn: (input: SuggestInput) => suggestSlots(input) });
}

export const useBookInterview = () => useInterviewChange((input: BookInput) => bookInterview(input));

export function useSuggestLoop() {
  return useMutation({ mutationFn: (input: SuggestLoopInput) => suggestLoop(input) });
}

export const useBookLoop = () => useInterviewChange((input: BookLoopInput) => bookLoop(input));

export const useCreateSchedulingLink = () =>
  useMutation({ mutationFn: (input: CreateLinkInput) => createSchedulingLink(input) });

export const useRescheduleInterview = () =>
  useInterviewChange(({ interview, start }: { interview: Interview; start: string }) =>
    rescheduleInterview(interview.id, start),
  );

export const useCancelInterview = () => useInterviewChange((interview: Interview) => cancelInterview(interview.id));

export const useRespondToInterview = () =>
  useInterviewChange(({ interview, response }: { interview: Interview; response: "accepted" | "declined" }) =>
    respondToInterview(interview.id, response),
  );

export const useGiveFeedback = () =>
  useMutation({
    mutationFn: ({ interview, ...input }: { interview: Interview } & FeedbackInput) =>
      giveFeedback(interview.id, input),
  });

export type Recommendation = FeedbackInput["recommendation"];
