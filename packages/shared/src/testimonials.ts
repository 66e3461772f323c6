import { z } from "zod";

export const testimonialStatuses = ["requested", "submitted", "approved", "hidden"] as const;

export const requestTestimonialSchema = z.object({
  authorName: z.string().trim().min(1).max(120),
  authorEmail: z.email().max(254),
  relationship: z.string().trim().min(1).max(120).describe('How you know each other, e.g. "Worked together at Acme"'),
  message: z.string().trim().max(1000).default("").describe("A personal note shown to the colleague"),
});
export type RequestTestimonial = z.input<typeof requestTestimonialSchema>;

/** A testimonial as its owner sees it: requests waiting for an answer included. */
export const testimonialSchema = z.object({
  id: z.string(),
  authorName: z.string(),
  authorEmail: z.string(),
  authorTitle: z.string().nullable(),
  relationship: z.string(),
  message: z.string(),
  status: z.enum(testimonialStatuses),
  body: z.string().nullable(),
  requestedAt: z.string(),
  expiresAt: z.string(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
});
export type Testimonial = z.infer<typeof testimonialSchema>;

export const testimonialListSchema = z.object({ items: z.array(testimonialSchema) });

/** What the colleague sees behind the one-time link. */
export const testimonialInvitationSchema = z.object({
  candidateName: z.string(),
  authorName: z.string(),
  relationship: z.string(),
  message: z.string(),
  expiresAt: z.string(),
});
export type TestimonialInvitation = z.infer<typeof testimonialInvitationSchema>;

export const testimonialBodyMaxLength = 2000;

export const submitTestimonialSchema = z.object({
  body: z
    .string()
    .trim()
    .min(20, "Write at least a sentence or two")
    .max(testimonialBodyMaxLength, `At most ${testimonialBodyMaxLength} characters`),
  authorTitle: z.string().trim().max(120).optional(),
});
export type SubmitTestimonial = z.infer<typeof submitTestimonialSchema>;

/** An approved testimonial as the public portfolio shows it: no email address. */
export const publicTestimonialSchema = z.object({
  id: z.string(),
  authorName: z.string(),
  authorTitle: z.string().nullable(),
  relationship: z.string(),
  body: z.string(),
  approvedAt: z.string(),
});
export type PublicTestimonial = z.infer<typeof publicTestimonialSchema>;
