"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { ErrorState } from "@/components/ui/error-state";
import { PageSkeleton } from "@/components/ui/skeleton";
import { useMe } from "../hooks/use-me";
import { dashboardPathFor, signInPathFor } from "../redirects";

/** /dashboard is a stable address (OAuth returns here); it forwards to the dashboard for the person's role. */
export function DashboardRedirect() {
  const { data: me, error, refetch } = useMe();
  const router = useRouter();

  useEffect(() => {
    if (me === null) router.replace(signInPathFor("/dashboard"));
    else if (me) router.replace(dashboardPathFor(me.role));
  }, [me, router]);

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  return <PageSkeleton label="Opening your dashboard…" />;
}
