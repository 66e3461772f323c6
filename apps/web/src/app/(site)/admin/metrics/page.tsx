import type { Metadata } from "next";
import { Suspense } from "react";
import { AdminOnly } from "@/features/admin-metrics/components/admin-only";
import { MetricsDashboard } from "@/features/admin-metrics/components/metrics-dashboard";
import { RequireRole } from "@/features/auth/components/require-role";

export const metadata: Metadata = { title: "Success metrics", robots: { index: false } };

export default function AdminMetricsRoute() {
  return (
    <RequireRole>
      <AdminOnly>
        {/* The range lives in the address (useSearchParams), which needs a Suspense boundary for static rendering. */}
        <Suspense>
          <MetricsDashboard />
        </Suspense>
      </AdminOnly>
    </RequireRole>
  );
}
