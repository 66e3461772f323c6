import { type SuggestedSlot, suggestedLoopSchema, suggestedSlotSchema } from "@hirefolio/shared";
import { z } from "zod";
import { isApiError } from "@/lib/api-client";
import type { SuggestedLoop } from "./api";

/**
 * A 409 from booking or rescheduling carries the best times still free as an extra problem member: those,
 * or null when the error is not such a clash.
 */
function alternativesIn<T>(error: unknown, schema: z.ZodType<T>): T[] | null {
  if (!isApiError(error, 409)) return null;
  const parsed = z.array(schema).safeParse((error.problem as { alternatives?: unknown }).alternatives);
  return parsed.success ? parsed.data : [];
}

export const takenAlternatives = (error: unknown): SuggestedSlot[] | null => alternativesIn(error, suggestedSlotSchema);

export const takenLoopAlternatives = (error: unknown): SuggestedLoop[] | null =>
  alternativesIn(error, suggestedLoopSchema);
