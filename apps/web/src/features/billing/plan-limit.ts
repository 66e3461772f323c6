import { planLimitProblemType } from "@hirefolio/shared";
// Relative, not "@/": the unit tests run without the Next.js path alias.
import { ApiError } from "../../lib/api-client";

export interface PlanLimit {
  detail: string;
  upgradeUrl: string;
}

function fromProblem(value: unknown): PlanLimit | null {
  if (typeof value !== "object" || value === null) return null;
  const problem = value as Record<string, unknown>;
  if (problem.type !== planLimitProblemType || typeof problem.detail !== "string") return null;
  return {
    detail: problem.detail,
    upgradeUrl: typeof problem.upgradeUrl === "string" ? problem.upgradeUrl : "/settings/billing",
  };
}

/**
 * The plan limit behind a failed request, or null for any other failure. Works for the API client's errors and
 * for errors whose message is the response body, as the AI SDK's `useChat` reports a refused request.
 */
export function planLimitOf(error: unknown): PlanLimit | null {
  if (error instanceof ApiError) return fromProblem(error.problem);
  if (!(error instanceof Error)) return null;
  try {
    return fromProblem(JSON.parse(error.message));
  } catch {
    return null;
  }
}
