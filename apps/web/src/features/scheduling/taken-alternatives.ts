import { type SuggestedSlot, suggestedSlotSchema } from "@hirefolio/shared";
import { z } from "zod";
import { isApiError } from "@/lib/api-client";

const alternativesSchema = z.array(suggestedSlotSchema);

/**
 * A 409 from booking or rescheduling carries the best slots still free as an extra problem member: those slots,
 * or null when the error is not such a clash.
 */
export function takenAlternatives(error: unknown): SuggestedSlot[] | null {
  if (!isApiError(error, 409)) return null;
  const parsed = alternativesSchema.safeParse((error.problem as { alternatives?: unknown }).alternatives);
  return parsed.success ? parsed.data : [];
}
