import { z } from "zod";

export const timezoneSchema = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "Unknown IANA time zone, e.g. Europe/Berlin");

export const candidateProfileSchema = z.object({
  userId: z.string(),
  headline: z.string(),
  location: z.string(),
  timezone: z.string(),
  targetRole: z.string(),
  skills: z.array(z.string()),
  completeness: z.number().int().min(0).max(100),
  updatedAt: z.string(),
});
export type CandidateProfile = z.infer<typeof candidateProfileSchema>;

export const updateCandidateProfileSchema = z.object({
  headline: z.string().trim().max(160).optional(),
  location: z.string().trim().max(120).optional(),
  timezone: timezoneSchema.optional(),
  targetRole: z.string().trim().max(120).optional(),
  skills: z.array(z.string().trim().min(1).max(60)).max(100).optional(),
});
export type UpdateCandidateProfile = z.infer<typeof updateCandidateProfileSchema>;
