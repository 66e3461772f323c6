"use client";

import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";
import { useCurrentUser } from "@/features/auth/components/require-role";
import { dashboardPathFor } from "@/features/auth/redirects";

/**
 * Admin pages show anyone else a plain "forbidden" page, never the page's content; the API refuses them too. Only
 * valid below <RequireRole>, which sends signed-out visitors to sign in first.
 */
export function AdminOnly({ children }: { children: ReactNode }) {
  const me = useCurrentUser();
  if (me.role === "admin") return children;
  return (
    <StatusPage
      code="403"
      title="This page is for Hirefolio admins"
      description="Your account can't open it. If you think it should, ask whoever runs Hirefolio for your team."
      actions={<ButtonLink href={dashboardPathFor(me.role)}>Go to your dashboard</ButtonLink>}
    />
  );
}
