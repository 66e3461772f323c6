import type { SchedulingRating, SchedulingRatingInput } from "@hirefolio/shared";
import { api } from "@/lib/api-client";

/** Which page the candidate rates from: the link they booked with, or the manage link from their invitation. */
export type RatingPage = "booking" | "manage";

const base = (page: RatingPage, token: string) =>
  page === "booking" ? `/api/v1/scheduling-links/${token}/rating` : `/api/v1/interview-links/${token}/rating`;

export const ratingKey = (page: RatingPage, token: string) => ["booking-rating", page, token] as const;

export const fetchBookingRating = (page: RatingPage, token: string) => api.get<SchedulingRating>(base(page, token));

export const rateBooking = (page: RatingPage, token: string, input: SchedulingRatingInput) =>
  api.put<SchedulingRating>(base(page, token), input);
