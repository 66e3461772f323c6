"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchMe, meQueryKey } from "../api";

/** The current session's person: `undefined` while loading, `null` when signed out. */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });
}
