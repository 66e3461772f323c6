"use client";

import { useQuery } from "@tanstack/react-query";
import { employerKeys, fetchPipelineStats } from "../api";

export function usePipelineStats(employerId: string) {
  return useQuery({ queryKey: employerKeys.pipeline(employerId), queryFn: () => fetchPipelineStats(employerId) });
}
