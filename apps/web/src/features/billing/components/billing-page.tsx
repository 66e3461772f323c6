"use client";

import type { BillingOverview } from "@hirefolio/shared";
import { useSearchParams } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/skeleton";
import { formatDate } from "@/lib/format-date";
import { useBilling, usePortal } from "../hooks/use-billing";
import { EmployerSeats } from "./employer-seats";
import { PlanCards } from "./plan-cards";
import { UsageBars } from "./usage-bars";

function CurrentPlan({ billing }: { billing: BillingOverview }) {
  const portal = usePortal();
  const name = billing.plans.find((p) => p.id === billing.plan)?.name ?? billing.plan;
  const renewal = billing.currentPeriodEnd
    ? `${billing.cancelAtPeriodEnd ? "Ends" : "Renews"} on ${formatDate(billing.currentPeriodEnd)}`
    : billing.configured
      ? "No subscription"
      : "Set by this server";
  return (
    <Card
      title="Current plan"
      action={
        billing.configured &&
        billing.hasCustomer && (
          <Button variant="secondary" size="sm" loading={portal.isPending} onClick={() => portal.mutate({})}>
            Manage billing
          </Button>
        )
      }
    >
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-2xl font-semibold tracking-tight text-slate-900">{name}</p>
        {billing.status && (
          <Badge
            tone={billing.status === "past_due" ? "amber" : billing.status === "canceled" ? "neutral" : "success"}
            dot
          >
            {billing.status.replace("_", " ")}
          </Badge>
        )}
      </div>
      <p className="mt-1 text-sm text-slate-600">{renewal}</p>
      {billing.status === "past_due" && (
        <Alert tone="warning" className="mt-4" title="Your last payment failed">
          Stripe will try again. Update your card under Manage billing to keep your plan.
        </Alert>
      )}
      {portal.error && <p className="mt-3 text-sm text-rose-700">{portal.error.message}</p>}
    </Card>
  );
}

/** Plan, usage against its limits, the plans on offer and employer seats. */
export function BillingPage() {
  const billing = useBilling();
  const checkout = useSearchParams()?.get("checkout");
  return (
    <div className="space-y-8">
      <PageHeader title="Billing" description="Your plan, what you've used today, and upgrades." />
      {checkout === "success" && (
        <Alert tone="success" title="Thanks, your payment went through">
          Your plan updates as soon as Stripe confirms it, usually within seconds.
        </Alert>
      )}
      {checkout === "canceled" && <Alert title="Checkout canceled">Nothing was charged.</Alert>}
      {billing.error ? (
        <ErrorState error={billing.error} onRetry={() => billing.refetch()} />
      ) : billing.data ? (
        <>
          {!billing.data.configured && (
            <Alert title="Billing is not configured on this server">
              Payments are off here, so everyone has the limits of the{" "}
              {billing.data.plans.find((p) => p.id === billing.data.plan)?.name} plan.
            </Alert>
          )}
          <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
            <CurrentPlan billing={billing.data} />
            <UsageBars billing={billing.data} />
          </div>
          <PlanCards billing={billing.data} />
          <EmployerSeats employers={billing.data.employers} configured={billing.data.configured} />
        </>
      ) : (
        <PageSkeleton label="Loading billing…" />
      )}
    </div>
  );
}
