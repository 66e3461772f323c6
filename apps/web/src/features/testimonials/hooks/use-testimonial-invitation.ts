"use client";

import type { SubmitTestimonial } from "@hirefolio/shared";
import { useMutation, useQuery } from "@tanstack/react-query";
import { isApiError } from "@/lib/api-client";
import { fetchTestimonialInvitation, submitTestimonial, testimonialKeys } from "../api";

export function useTestimonialInvitation(token: string) {
  return useQuery({
    queryKey: testimonialKeys.invitation(token),
    queryFn: () => fetchTestimonialInvitation(token),
    // A used or expired link stays that way.
    retry: (count, error) => !isApiError(error, 404) && count < 2,
    // Once sent, the link answers 404; the page keeps showing what it loaded.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSubmitTestimonial(token: string) {
  return useMutation({ mutationFn: (input: SubmitTestimonial) => submitTestimonial(token, input) });
}
