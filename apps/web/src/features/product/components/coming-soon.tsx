"use client";

import { CheckIcon } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FadeIn } from "@/components/ui/fade-in";
import { useCurrentUser } from "@/features/auth/components/require-role";
import { dashboardPathFor } from "@/features/auth/redirects";
import { type ProductFeature, productFeature } from "../product-features";

/** A preview page for a flagship feature that hasn't shipped yet: what it will do, and a way back. */
export function ComingSoon({ featureId }: { featureId: ProductFeature["id"] }) {
  const feature = productFeature(featureId);
  const me = useCurrentUser();
  return (
    <FadeIn className="mx-auto max-w-2xl py-6 sm:py-12">
      <div className="mb-6 grid size-14 place-items-center rounded-2xl bg-linear-to-br from-brand-500 to-accent-600 text-white shadow-raised [&>svg]:size-7">
        {feature.icon}
      </div>
      <Badge tone="violet" dot>
        Coming soon
      </Badge>
      <h1 className="mt-3 text-3xl font-semibold tracking-tight text-slate-900">{feature.name}</h1>
      <p className="mt-3 text-lg text-pretty text-slate-600">{feature.summary}</p>
      <Card className="mt-8" title="What it will do">
        <ul className="space-y-3">
          {feature.plans.map((plan) => (
            <li key={plan} className="flex gap-3 text-sm text-slate-700">
              <CheckIcon className="mt-0.5 size-4 shrink-0 text-emerald-600" />
              {plan}
            </li>
          ))}
        </ul>
      </Card>
      <div className="mt-8 flex flex-wrap gap-3">
        <ButtonLink href={dashboardPathFor(me.role)}>Back to dashboard</ButtonLink>
        {me.role === "candidate" && (
          <ButtonLink href="/jobs" variant="secondary">
            Browse jobs
          </ButtonLink>
        )}
      </div>
    </FadeIn>
  );
}
