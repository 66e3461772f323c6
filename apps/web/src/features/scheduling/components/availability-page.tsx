"use client";

import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/skeleton";
import { useCurrentUser } from "@/features/auth/components/require-role";
import { useAvailability } from "../hooks/use-availability";
import { AvailabilityForm } from "./availability-form";
import { CalendarFeedCard } from "./calendar-feed-card";
import { CalendarsCard } from "./calendars-card";

/** Everything the slot finder knows about when you can meet, and where your interviews show up. */
export function AvailabilityPage() {
  const me = useCurrentUser();
  const availability = useAvailability();
  return (
    <div className="space-y-8">
      <PageHeader
        title="Availability"
        description="Interview times are only offered inside your hours and outside your busy time."
        back={
          me.role === "candidate"
            ? { href: "/candidate", label: "Dashboard" }
            : { href: "/scheduling", label: "Scheduling" }
        }
      />
      {availability.error ? (
        <ErrorState error={availability.error} onRetry={() => availability.refetch()} />
      ) : availability.data ? (
        <AvailabilityForm key={availability.data.updatedAt ?? "defaults"} availability={availability.data} />
      ) : (
        <PageSkeleton label="Loading availability…" />
      )}
      <CalendarsCard />
      <CalendarFeedCard />
    </div>
  );
}
