"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { fetchEmployerJobs, type JobStatus, jobKeys } from "../api";

/** The employer's newest jobs in every status, for the dashboard; `nextCursor` says whether there are more. */
export function useRecentEmployerJobs(employerId: string, limit: number) {
  return useQuery({
    queryKey: [...jobKeys.forEmployer(employerId), "recent", limit],
    queryFn: () => fetchEmployerJobs(employerId, { limit }),
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
