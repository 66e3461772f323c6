import type { FastifyBaseLogger } from "fastify";
import type { AppDeps } from "../../app-deps";
import type { EmployersService } from "../employers/employers-service";
import { type BillingSettings, createBillingService } from "./billing-service";
import { createBillingWebhook } from "./billing-webhook";
import { createPlanGuard, type PlanGuard } from "./plan-guard";
import { createStripeClient } from "./stripe-client";

/** The plan checks, ready before the services that run them (employers, resumes) and before billing itself. */
export function planGuardFor(deps: Pick<AppDeps, "config" | "database" | "clock">) {
  return createPlanGuard({ db: deps.database.db, clock: deps.clock, defaultPlan: deps.config.DEFAULT_PLAN });
}

/** Billing's service and webhook handler, sharing one Stripe client configured from the environment. */
export function createBillingModule(
  deps: AppDeps,
  { employers, plans }: { employers: EmployersService; plans: PlanGuard },
  log: FastifyBaseLogger,
) {
  const { config } = deps;
  const stripe = createStripeClient(config);
  const settings: BillingSettings = {
    publicUrl: config.PUBLIC_URL,
    prices: { candidate_pro: config.STRIPE_PRICE_CANDIDATE_PRO, employer: config.STRIPE_PRICE_EMPLOYER_SEAT },
  };
  const db = deps.database.db;
  return {
    service: createBillingService({ db, clock: deps.clock, stripe, employers, plans, settings }),
    webhook: createBillingWebhook({
      db,
      clock: deps.clock,
      queue: deps.queue,
      stripe,
      webhookSecret: config.STRIPE_WEBHOOK_SECRET,
      settings,
      log,
    }),
  };
}
