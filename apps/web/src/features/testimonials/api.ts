import type { SubmitTestimonial, TestimonialInvitation } from "@hirefolio/shared";
import { api } from "@/lib/api-client";

export const testimonialKeys = {
  invitation: (token: string) => ["testimonial-requests", token] as const,
};

export const fetchTestimonialInvitation = (token: string) =>
  api.get<TestimonialInvitation>(`/api/v1/testimonial-requests/${token}`);

export const submitTestimonial = (token: string, input: SubmitTestimonial) =>
  api.post<{ status: "submitted" }>(`/api/v1/testimonial-requests/${token}`, input);
