import Stripe from "stripe";
import { expect } from "vitest";
import type { App } from "../../src/app";

export const webhookSecret = "whsec_test_hirefolio";
export const stripePrices = { pro: "price_candidate_pro_monthly", seat: "price_employer_seat_monthly" };

/** The environment of a server with Stripe configured, its API at the fake's `url`. */
export function stripeEnv(url: string) {
  return {
    STRIPE_SECRET_KEY: "sk_test_hirefolio",
    STRIPE_WEBHOOK_SECRET: webhookSecret,
    STRIPE_PRICE_CANDIDATE_PRO: stripePrices.pro,
    STRIPE_PRICE_EMPLOYER_SEAT: stripePrices.seat,
    STRIPE_API_URL: url,
  };
}

/** An event as Stripe sends it to a webhook endpoint; `created` is in seconds. */
export function stripeEvent(type: string, object: Record<string, unknown>, created: number) {
  return {
    id: `evt_test_${crypto.randomUUID().replaceAll("-", "")}`,
    object: "event",
    api_version: "2026-10-28.endive",
    created,
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  };
}

/** Posts the event to the webhook endpoint, signed with Stripe's own test helper. */
export function deliverWebhook(app: App, event: object, secret = webhookSecret) {
  const payload = JSON.stringify(event);
  return app.inject({
    method: "POST",
    url: "/api/v1/billing/webhook",
    headers: {
      "content-type": "application/json",
      "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret }),
    },
    payload,
  });
}

/** Delivers the event and expects it to be taken as new. */
export async function deliverNew(app: App, event: object) {
  const response = await deliverWebhook(app, event);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.json()).toEqual({ received: true, duplicate: false });
}
