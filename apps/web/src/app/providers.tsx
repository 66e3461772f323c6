"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MotionConfig } from "motion/react";
import { type ReactNode, useState } from "react";
import { ToastProvider } from "@/components/ui/toast";
import { isApiError } from "@/lib/api-client";

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retrying a 4xx can't help; retry network blips and 5xx twice.
        retry: (failures, error) => failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/**
 * One client per browser tab: every route group mounts <Providers> in its own layout, and going from one group to
 * another (sign-in to dashboard) must keep the cache, above all the signed-in viewer. On the server, one per render,
 * so no data is shared between visitors.
 */
function queryClientForThisTab() {
  if (typeof window === "undefined") return createQueryClient();
  browserQueryClient ??= createQueryClient();
  return browserQueryClient;
}

/**
 * The client state of the app's pages. Mounted by each route group's layout, not the root layout, so that pages
 * without it (the public portfolio) ship none of its code.
 */
export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(queryClientForThisTab);
  return (
    <QueryClientProvider client={queryClient}>
      <MotionConfig reducedMotion="user">
        <ToastProvider>{children}</ToastProvider>
      </MotionConfig>
    </QueryClientProvider>
  );
}
