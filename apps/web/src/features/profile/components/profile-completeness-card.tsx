"use client";

import { ArrowRightIcon } from "@/components/icons";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useProfile } from "../hooks/use-profile";
import { CompletenessMeter } from "./completeness-meter";

function advice(completeness: number): string {
  if (completeness >= 100) return "Your profile is complete. Keep your skills current as you grow.";
  if (completeness >= 60) return "Nearly there. Add the remaining details so employers see the full picture.";
  return "Add a headline, target role and skills so employers can find you.";
}

export function ProfileCompletenessCard() {
  const { data: profile, error, refetch } = useProfile();
  return (
    <Card title="Your profile" description="A complete profile gets noticed sooner.">
      {error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : !profile ? (
        <div className="space-y-3" aria-hidden="true">
          <Skeleton className="h-9 w-24" />
          <Skeleton className="h-2 w-full" />
          <Skeleton className="h-4 w-3/4" />
        </div>
      ) : (
        <div className="space-y-4">
          <CompletenessMeter value={profile.completeness} />
          <p className="text-sm text-slate-600">{advice(profile.completeness)}</p>
          <ButtonLink href="/profile" variant="secondary" className="w-full">
            {profile.completeness >= 100 ? "View profile" : "Complete your profile"}
            <ArrowRightIcon />
          </ButtonLink>
        </div>
      )}
    </Card>
  );
}
