import type { BillingOverview, Plan } from "@hirefolio/shared";
import { CheckIcon } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cx } from "@/lib/class-names";
import { useCheckout } from "../hooks/use-billing";

function PlanCard({ plan, current, action }: { plan: Plan; current: boolean; action: React.ReactNode }) {
  return (
    <div
      className={cx(
        "flex flex-col rounded-xl border bg-white p-5 shadow-card",
        current ? "border-brand-400 ring-2 ring-brand-100" : "border-slate-200",
      )}
    >
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-base font-semibold text-slate-900">{plan.name}</h3>
        {current && <Badge tone="brand">Current plan</Badge>}
      </div>
      <p className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{plan.price}</p>
      <ul className="mt-4 flex-1 space-y-2 text-sm text-slate-700">
        {plan.features.map((feature) => (
          <li key={feature} className="flex gap-2">
            <CheckIcon className="mt-0.5 size-4 shrink-0 text-emerald-600" />
            {feature}
          </li>
        ))}
      </ul>
      <div className="mt-5">{action}</div>
    </div>
  );
}

/** The three plans; Candidate Pro is bought here, Employer seats per employer below. */
export function PlanCards({ billing }: { billing: BillingOverview }) {
  const checkout = useCheckout();
  const manages = billing.employers.some((e) => e.canManage);
  const actionFor = (plan: Plan) => {
    if (plan.id === billing.plan) return <p className="text-sm text-slate-500">You're on this plan.</p>;
    if (plan.id === "free") return <p className="text-sm text-slate-500">Always available.</p>;
    if (plan.id === "employer") {
      return (
        <p className="text-sm text-slate-500">
          {manages ? "Buy seats for your employer below." : "For recruiters who run an employer on Hirefolio."}
        </p>
      );
    }
    return (
      <Button
        className="w-full"
        disabled={!billing.configured}
        loading={checkout.isPending}
        onClick={() => checkout.mutate({ plan: "candidate_pro" })}
      >
        Upgrade to {plan.name}
      </Button>
    );
  };
  return (
    <section aria-labelledby="plans-heading" className="space-y-3">
      <h2 id="plans-heading" className="text-base font-semibold text-slate-900">
        Plans
      </h2>
      {checkout.error && <p className="text-sm text-rose-700">{checkout.error.message}</p>}
      <div className="grid gap-4 md:grid-cols-3">
        {billing.plans.map((plan) => (
          <PlanCard key={plan.id} plan={plan} current={plan.id === billing.plan} action={actionFor(plan)} />
        ))}
      </div>
    </section>
  );
}
