import type { Metadata } from "next";
import { RequireRole } from "@/features/auth/components/require-role";
import { AvailabilityPage } from "@/features/scheduling/components/availability-page";

export const metadata: Metadata = { title: "Availability" };

export default function AvailabilityRoute() {
  return (
    <RequireRole>
      <AvailabilityPage />
    </RequireRole>
  );
}
