import type { Metadata } from "next";
import { Suspense } from "react";
import { RequireRole } from "@/features/auth/components/require-role";
import { BillingPage } from "@/features/billing/components/billing-page";

export const metadata: Metadata = { title: "Billing" };

export default function BillingRoute() {
  return (
    <RequireRole>
      {/* useSearchParams (the Checkout outcome) needs a Suspense boundary for static rendering. */}
      <Suspense>
        <BillingPage />
      </Suspense>
    </RequireRole>
  );
}
