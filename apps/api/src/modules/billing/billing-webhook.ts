import type { Db } from "@hirefolio/db";
import type { PlanId } from "@hirefolio/shared";
import type { FastifyBaseLogger } from "fastify";
import type Stripe from "stripe";
import { planName } from "../../engines/billing/plans";
import {
  applyBillingChange,
  type BillingChange,
  type SubscriptionSnapshot,
} from "../../engines/billing/subscription-state";
import type { Clock } from "../../platform/clock";
import type { JobQueue } from "../../platform/queue/job-queue";
import { actionEmail } from "../mail/account-emails";
import { enqueueMail } from "../mail/mail-jobs";
import { billingProblems } from "./billing-problems";
import * as repo from "./billing-repo";
import type { BillingSettings } from "./billing-service";

const idOf = (value: string | { id: string } | null) => (typeof value === "string" ? value : (value?.id ?? null));

/** Stripe's subscription reduced to what the account keeps; the plan is the one whose price it bills. */
function snapshotOf(subscription: Stripe.Subscription, prices: BillingSettings["prices"]): SubscriptionSnapshot {
  const item = subscription.items.data[0];
  const priceId = item?.price.id;
  const plan: PlanId =
    priceId === prices.candidate_pro ? "candidate_pro" : priceId === prices.employer ? "employer" : "free";
  return {
    id: subscription.id,
    status: subscription.status,
    plan,
    quantity: item?.quantity ?? null,
    currentPeriodEnd: item ? new Date(item.current_period_end * 1000) : null,
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
  };
}

/** Verifies, de-duplicates and applies Stripe's webhook events to the billing accounts. */
export function createBillingWebhook(deps: {
  db: Db;
  clock: Clock;
  queue: JobQueue;
  stripe: Stripe | undefined;
  webhookSecret: string | undefined;
  settings: BillingSettings;
  log: FastifyBaseLogger;
}) {
  const { db, clock } = deps;

  /** What the event says about a customer's subscription, or undefined for events that change nothing here. */
  async function changeOf(
    stripe: Stripe,
    event: Stripe.Event,
  ): Promise<{ customer: string; change: BillingChange } | undefined> {
    const at = new Date(event.created * 1000);
    switch (event.type) {
      case "checkout.session.completed": {
        const session = event.data.object;
        const subscriptionId = idOf(session.subscription);
        const customer = idOf(session.customer);
        if (session.mode !== "subscription" || !subscriptionId || !customer) return undefined;
        // The session names the subscription but not its state; read it, as of this event's time.
        const subscription = await stripe.subscriptions.retrieve(subscriptionId);
        return {
          customer,
          change: { kind: "subscription", at, subscription: snapshotOf(subscription, deps.settings.prices) },
        };
      }
      case "customer.subscription.created":
      case "customer.subscription.updated":
      case "customer.subscription.deleted": {
        const subscription = event.data.object;
        return {
          customer: idOf(subscription.customer) as string,
          change: { kind: "subscription", at, subscription: snapshotOf(subscription, deps.settings.prices) },
        };
      }
      case "invoice.payment_failed":
      case "invoice.paid": {
        const customer = idOf(event.data.object.customer);
        if (!customer) return undefined;
        return {
          customer,
          change: { kind: event.type === "invoice.paid" ? "payment-succeeded" : "payment-failed", at },
        };
      }
      default:
        return undefined;
    }
  }

  async function mailPaymentFailed(account: repo.BillingAccountRow, plan: PlanId, eventId: string) {
    const url = `${deps.settings.publicUrl}/settings/billing`;
    for (const person of await repo.ownerEmails(db, account)) {
      await enqueueMail(
        deps.queue,
        actionEmail(
          person.email,
          "Your Hirefolio payment failed",
          `Hi ${person.name},`,
          `We could not charge your card for ${planName(plan)}. Stripe will try again over the next days; update your payment method so you keep your plan.`,
          "Update payment method",
          url,
        ),
        `billing.payment-failed:${eventId}:${person.email}`,
      );
    }
  }

  return {
    /**
     * Handles one delivery. The signature is checked against the exact bytes Stripe sent; the event id is stored in
     * the same transaction as the change it makes, so a replay changes nothing and a failed attempt leaves nothing
     * behind for Stripe's retry to trip over.
     */
    async receive(rawBody: Buffer, signature: string | undefined): Promise<{ received: true; duplicate: boolean }> {
      if (!deps.stripe || !deps.webhookSecret) throw billingProblems.notConfigured();
      let event: Stripe.Event;
      try {
        event = deps.stripe.webhooks.constructEvent(rawBody, signature ?? "", deps.webhookSecret);
      } catch (error) {
        throw billingProblems.invalidSignature(
          error instanceof Error ? error.message : "The signature does not match.",
        );
      }
      if (await repo.eventSeen(db, event.id)) return { received: true, duplicate: true };

      const found = await changeOf(deps.stripe, event);
      const now = clock.now();
      const outcome = await db.transaction(async (tx) => {
        if (!(await repo.claimEvent(tx, { id: event.id, type: event.type, now }))) return "duplicate" as const;
        if (!found) return undefined;
        const account = await repo.lockAccountByCustomer(tx, found.customer);
        if (!account) {
          deps.log.warn({ eventId: event.id, customer: found.customer }, "Stripe event for an unknown customer");
          return undefined;
        }
        const next = applyBillingChange({ ...account, subscriptionId: account.stripeSubscriptionId }, found.change);
        if (!next) return undefined;
        await repo.updateState(tx, account.id, next, now);
        return { account, plan: next.plan };
      });
      if (outcome === "duplicate") return { received: true, duplicate: true };
      if (outcome && found?.change.kind === "payment-failed")
        await mailPaymentFailed(outcome.account, outcome.plan, event.id);
      return { received: true, duplicate: false };
    },
  };
}

export type BillingWebhook = ReturnType<typeof createBillingWebhook>;
