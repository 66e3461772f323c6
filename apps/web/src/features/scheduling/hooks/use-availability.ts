"use client";

import type { AvailabilityInput } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  deleteCalendar,
  fetchAvailability,
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

export const useSyncCalendar = () => useCalendarChange((calendarId: string) => syncCalendar(calendarId));

export const useDeleteCalendar = () => useCalendarChange((calendarId: string) => deleteCalendar(calendarId));

export const useRotateCalendarFeed = () => useMutation({ mutationFn: rotateCalendarFeed });

export const useRevokeCalendarFeed = () => useMutation({ mutationFn: revokeCalendarFeed });
