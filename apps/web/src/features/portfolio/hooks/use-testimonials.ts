"use client";

import type { RequestTestimonial, Testimonial } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  approveTestimonial,
  deleteTestimonial,
  fetchTestimonials,
  hideTestimonial,
  portfolioKeys,
  requestTestimonial,
} from "../api";

export function useTestimonials() {
  return useQuery({ queryKey: portfolioKeys.testimonials, queryFn: fetchTestimonials });
}

export function useRequestTestimonial() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestTestimonial) => requestTestimonial(input),
    onSuccess: (created) =>
      queryClient.setQueryData<Testimonial[]>(portfolioKeys.testimonials, (list = []) => [created, ...list]),
  });
}

type Decision = "approve" | "hide" | "delete";
/** Each decision's request; a deleted testimonial has nothing to return. */
const decide: Record<Decision, (id: string) => Promise<Testimonial | null>> = {
  approve: approveTestimonial,
  hide: hideTestimonial,
  delete: (id) => deleteTestimonial(id).then(() => null),
};
const nextStatus = { approve: "approved", hide: "hidden" } as const;

/** Approve, hide or delete at once on screen; the server's answer (or the old list, on failure) settles it. */
export function useDecideTestimonial() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: Decision }) => decide[decision](id),
    onMutate: async ({ id, decision }) => {
      await queryClient.cancelQueries({ queryKey: portfolioKeys.testimonials });
      const previous = queryClient.getQueryData<Testimonial[]>(portfolioKeys.testimonials);
      queryClient.setQueryData<Testimonial[]>(portfolioKeys.testimonials, (list) =>
        decision === "delete"
          ? list?.filter((item) => item.id !== id)
          : list?.map((item) => (item.id === id ? { ...item, status: nextStatus[decision] } : item)),
      );
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(portfolioKeys.testimonials, context.previous);
    },
    onSuccess: (saved) => {
      if (saved) {
        queryClient.setQueryData<Testimonial[]>(portfolioKeys.testimonials, (list) =>
          list?.map((item) => (item.id === saved.id ? saved : item)),
        );
      }
      // An approval can earn the endorsements badge.
      void queryClient.invalidateQueries({ queryKey: portfolioKeys.badges });
    },
  });
}
