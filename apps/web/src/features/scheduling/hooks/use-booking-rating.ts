"use client";

import type { SchedulingRatingInput } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchBookingRating, type RatingPage, rateBooking, ratingKey } from "../booking-rating-api";

export function useBookingRating(page: RatingPage, token: string) {
  return useQuery({ queryKey: ratingKey(page, token), queryFn: () => fetchBookingRating(page, token), retry: false });
}

export function useRateBooking(page: RatingPage, token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SchedulingRatingInput) => rateBooking(page, token, input),
    onSuccess: (saved) => queryClient.setQueryData(ratingKey(page, token), saved),
  });
}
