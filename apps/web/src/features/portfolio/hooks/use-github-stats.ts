"use client";

import type { MyGithubStats } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { fetchGithubStats, portfolioKeys, refreshGithubStats } from "../api";

const pollMs = 3_000;
/** GitHub answers in seconds; past this the job has failed or is retrying later, and the card stops asking. */
const waitAtMostMs = 60_000;

interface Waiting {
  /** The figures' date when the refresh was queued: a different one means the job finished. */
  fetchedAt: string | null;
  until: number;
}

/**
 * The cached GitHub figures, and a refresh that queues the background fetch. While a queued fetch hasn't landed the
 * query asks again every few seconds, because the server's own answer cannot say when the job is done.
 */
export function useGithubStats(enabled: boolean) {
  const queryClient = useQueryClient();
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const isWaiting = (data: MyGithubStats | undefined) =>
    waiting !== null && Date.now() < waiting.until && data?.fetchedAt === waiting.fetchedAt;

  const query = useQuery({
    queryKey: portfolioKeys.githubStats,
    queryFn: fetchGithubStats,
    enabled,
    refetchInterval: (current) => (isWaiting(current.state.data) ? pollMs : false),
  });

  const refresh = useMutation({
    mutationFn: refreshGithubStats,
    onSuccess: (stats) => {
      queryClient.setQueryData(portfolioKeys.githubStats, stats);
      setWaiting(stats.refreshQueued ? { fetchedAt: stats.fetchedAt, until: Date.now() + waitAtMostMs } : null);
    },
  });

  return { query, refresh, fetching: isWaiting(query.data) };
}
