"use client";

import type { PortfolioAnalytics } from "@hirefolio/shared";
import { useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

/** The owner's page figures over the last `days` days. */
export function usePortfolioAnalytics(days: number) {
  return useQuery({
    queryKey: ["portfolio", "analytics", days],
    queryFn: () => api.get<PortfolioAnalytics>(`/api/v1/me/portfolio/analytics?days=${days}`),
  });
}
