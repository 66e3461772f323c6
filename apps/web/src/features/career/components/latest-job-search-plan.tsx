"use client";

import { ErrorState } from "@/components/ui/error-state";
import { useJobSearchPlan, useLatestJobSearchPlan } from "../job-search-api";
import { JobSearchPlanCard } from "./job-search-plan-card";

/** The user's newest job search plan with its checklist; nothing at all until the user has made one. */
export function LatestJobSearchPlan() {
  const latest = useLatestJobSearchPlan();
  const plan = useJobSearchPlan(latest.data?.id ?? null);
  const error = latest.error ?? plan.error;
  if (error) {
    return <ErrorState title="We couldn't load your job search plan" error={error} onRetry={() => latest.refetch()} />;
  }
  return plan.data ? <JobSearchPlanCard plan={plan.data} /> : null;
}
