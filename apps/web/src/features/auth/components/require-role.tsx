"use client";

import type { Me, Role } from "@hirefolio/shared";
import { usePathname, useRouter } from "next/navigation";
import { createContext, type ReactNode, useContext, useEffect } from "react";
import { ErrorState } from "@/components/ui/error-state";
import { PageSkeleton } from "@/components/ui/skeleton";
import { useMe } from "../hooks/use-me";
import { dashboardPathFor, signInPathFor } from "../redirects";

const CurrentUserContext = createContext<Me | null>(null);

/**
 * Renders its children only for a signed-in person with one of `roles` (any role when omitted);
 * sends everyone else to sign in, or to their own dashboard.
 */
export function RequireRole({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { data: me, error, refetch } = useMe();
  const router = useRouter();
  const pathname = usePathname();
  const allowed = !!me && (!roles || roles.includes(me.role));

  useEffect(() => {
    if (me === null) router.replace(signInPathFor(pathname ?? "/"));
    else if (me && !allowed) router.replace(dashboardPathFor(me.role));
  }, [me, allowed, pathname, router]);

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!allowed) return <PageSkeleton />;
  return <CurrentUserContext.Provider value={me}>{children}</CurrentUserContext.Provider>;
}

/** The signed-in person; only valid below <RequireRole>. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error("useCurrentUser must be used inside <RequireRole>");
  return me;
}
