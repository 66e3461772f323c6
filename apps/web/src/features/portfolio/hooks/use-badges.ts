"use client";

import type { Badge } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { evaluateBadges, fetchBadges, portfolioKeys, verifyBadge } from "../api";

/** A badge whose progress is complete but which has not been awarded yet: an evaluation would award it. */
const awaitsAward = (badge: Badge) => !badge.earned && badge.progress.current >= badge.progress.target;

/**
 * The candidate's badges. Progress is read live, but awarding signs a credential, so when some badge's progress is
 * complete the list asks the server (once per view) to award it rather than showing "1 of 1" unearned.
 */
export function useBadges() {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: portfolioKeys.badges, queryFn: fetchBadges });
  const evaluate = useMutation({
    mutationFn: evaluateBadges,
    onSuccess: (items) => queryClient.setQueryData(portfolioKeys.badges, items),
  });
  const pendingAward = query.data?.some(awaitsAward) ?? false;
  const { mutate, isIdle } = evaluate;

  useEffect(() => {
    if (pendingAward && isIdle) mutate();
  }, [pendingAward, isIdle, mutate]);

  return { query, evaluate };
}

export function useVerifyBadge() {
  return useMutation({ mutationFn: verifyBadge });
}
