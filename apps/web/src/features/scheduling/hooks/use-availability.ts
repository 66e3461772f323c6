"use client";

import type { AvailabilityInput } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type CalendarFeedStatus,
  type CalendarProvider,
  connectCalendar,
  deleteCalendar,
  fetchAvailability,
  fetchCalendarFeed,
  fetchCalendars,
  revokeCalendarFeed,
  rotateCalendarFeed,
  saveAvailability,
  schedulingKeys,
  subscribeCalendar,
  syncCalendar,
  uploadCalendar,
} from "../api";

export function useAvailability() {
  return useQuery({ queryKey: schedulingKeys.availability, queryFn: fetchAvailability });
}

export function useSaveAvailability() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AvailabilityInput) => saveAvailability(input),
    onSuccess: (saved) => queryClient.setQueryData(schedulingKeys.availability, saved),
  });
}

export function useCalendars() {
  return useQuery({ queryKey: schedulingKeys.calendars, queryFn: fetchCalendars });
}

/** Calendar changes alter busy time, so the list and any shown interviews (conflicts) are refreshed. */
function useCalendarChange<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: schedulingKeys.calendars });
      queryClient.invalidateQueries({ queryKey: schedulingKeys.allInterviews });
    },
  });
}

export const useUploadCalendar = (onProgress: (fraction: number) => void) =>
  useCalendarChange((input: { name: string; ics: string }) => uploadCalendar(input, { onProgress }));

export const useSubscribeCalendar = () =>
  useCalendarChange((input: { name: string; url: string }) => subscribeCalendar(input));

export const useConnectCalendar = () => useCalendarChange((provider: CalendarProvider) => connectCalendar(provider));

export const useSyncCalendar = () => useCalendarChange((calendarId: string) => syncCalendar(calendarId));

export const useDeleteCalendar = () => useCalendarChange((calendarId: string) => deleteCalendar(calendarId));

export function useCalendarFeed() {
  return useQuery({ queryKey: schedulingKeys.calendarFeed, queryFn: fetchCalendarFeed });
}

/** Rotating and revoking answer with what the feed's status now is, so the card updates without a refetch. */
export function useRotateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateCalendarFeed,
    onSuccess: ({ createdAt }) =>
      queryClient.setQueryData<CalendarFeedStatus>(schedulingKeys.calendarFeed, { active: true, createdAt }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: () =>
      queryClient.setQueryData<CalendarFeedStatus>(schedulingKeys.calendarFeed, { active: false, createdAt: null }),
  });
}
