import { z } from "zod";

/** RFC 9457 problem details, as every API error is returned. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  errors: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .describe("Present on validation errors: one entry per invalid field"),
});
export type Problem = z.infer<typeof problemSchema>;
