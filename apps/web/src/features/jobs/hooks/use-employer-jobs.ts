"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { fetchEmployerJobs, type JobStatus, jobKeys } from "../api";

/** Up to 100 of an employer's jobs in every status: the dashboard's table and stats are drawn from these. */
export function useEmployerJobsOverview(employerId: string | undefined) {
  return useQuery({
    queryKey: jobKeys.forEmployer(employerId ?? "none"),
    queryFn: () => fetchEmployerJobs(employerId!, { limit: 100 }),
    enabled: !!employerId,
  });
}

export function useEmployerJobPages(employerId: string, status?: JobStatus) {
  return useInfiniteQuery({
    queryKey: [...jobKeys.forEmployer(employerId, status), "pages"],
    queryFn: ({ pageParam }) => fetchEmployerJobs(employerId, { status, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
