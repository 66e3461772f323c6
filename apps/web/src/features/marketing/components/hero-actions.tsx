"use client";

import { ArrowRightIcon } from "@/components/icons";
import { ButtonLink } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useMe } from "@/features/auth/hooks/use-me";
import { dashboardPathFor } from "@/features/auth/redirects";

/** Sign-up and sign-in for visitors; a way back to work for people already signed in. */
export function HeroActions() {
  const { data: me, isPending } = useMe();
  if (isPending) return <Skeleton className="h-12 w-64 rounded-lg" />;
  if (me) {
    return (
      <ButtonLink href={dashboardPathFor(me.role)} size="lg">
        Go to dashboard
        <ArrowRightIcon />
      </ButtonLink>
    );
  }
  return (
    <div className="flex flex-wrap gap-3">
      <ButtonLink href="/sign-up" size="lg">
        Get started — it's free
        <ArrowRightIcon />
      </ButtonLink>
      <ButtonLink href="/sign-in" size="lg" variant="secondary">
        Sign in
      </ButtonLink>
    </div>
  );
}
