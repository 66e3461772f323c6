import { z } from "zod";
import { resumeDocumentSchema } from "./resume";

export const shareLinkSchema = z.object({
  id: z.string(),
  resumeId: z.string(),
  slug: z.string().describe("Random, unguessable (128 bits, base64url); the public page is /r/{slug}"),
  label: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type ShareLink = z.infer<typeof shareLinkSchema>;

export const createShareLinkSchema = z.object({
  label: z.string().trim().max(80).default("").describe("A note for yourself, e.g. where you posted the link"),
});
export type CreateShareLink = z.infer<typeof createShareLinkSchema>;

/** What anyone with the link sees: the document and its template, nothing about the account behind it. */
export const sharedResumeSchema = z.object({
  title: z.string(),
  templateId: z.string(),
  document: resumeDocumentSchema,
  updatedAt: z.string(),
});
export type SharedResume = z.infer<typeof sharedResumeSchema>;

/** The resume a candidate applied with, as the hiring team (and the candidate) see it on the application. */
export const applicationResumeSchema = sharedResumeSchema.extend({
  resumeId: z
    .string()
    .nullable()
    .describe("The resume this copy was taken from when applying; null once it is deleted"),
});
export type ApplicationResume = z.infer<typeof applicationResumeSchema>;
