import type { Me } from "@hirefolio/shared";
import type { QueryClient } from "@tanstack/react-query";
import { meQueryKey } from "./api";

/**
 * Swaps the cache over to a new viewer (or to nobody). Answers depend on who asks (a job carries the
 * candidate's own application, a dashboard the member's counts), so nothing cached for the previous one is kept.
 */
export function switchViewer(queryClient: QueryClient, me: Me | null): void {
  queryClient.clear();
  queryClient.setQueryData(meQueryKey, me);
}
