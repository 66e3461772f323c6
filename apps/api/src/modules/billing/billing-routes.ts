import {
  billingOverviewSchema,
  billingRedirectSchema,
  checkoutRequestSchema,
  portalRequestSchema,
  problemSchema,
} from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { BillingService } from "./billing-service";
import type { BillingWebhook } from "./billing-webhook";

const tags = ["billing"];
const withBillingProblems = <T extends Record<number, z.ZodType>>(success: T) => ({
  ...withProblems(success),
  503: problemSchema,
});

export function registerBillingRoutes(
  app: ZodApp,
  { guards }: RouteDeps,
  billing: BillingService,
  webhook: BillingWebhook,
) {
  app.route({
    method: "GET",
    url: "/api/v1/billing",
    schema: {
      operationId: "getBilling",
      tags,
      description:
        "The caller's plan, its limits and today's usage, the plans on offer, and the billing of employers the caller " +
        "belongs to. `configured: false` when the server has no Stripe keys.",
      response: withProblems({ 200: billingOverviewSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => billing.overview(currentUser(request)),
  });

  app.route({
    method: "POST",
    url: "/api/v1/billing/checkout",
    schema: {
      operationId: "createBillingCheckout",
      tags,
      description:
        "Starts Stripe Checkout for Candidate Pro (for the caller) or the Employer plan (for an employer the caller " +
        "owns or administers, with a number of interviewer seats). Returns the Checkout page to redirect to.",
      body: checkoutRequestSchema,
      response: withBillingProblems({ 200: billingRedirectSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => billing.checkout(currentUser(request), request.body),
  });

  app.route({
    method: "POST",
    url: "/api/v1/billing/portal",
    schema: {
      operationId: "createBillingPortalSession",
      tags,
      description: "Opens Stripe's Customer Portal for the caller's (or an employer's) subscription.",
      body: portalRequestSchema,
      response: withBillingProblems({ 200: billingRedirectSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => billing.portal(currentUser(request), request.body ?? {}),
  });

  // Its own scope: only here is a JSON body kept as raw bytes, because the signature is over exactly those bytes.
  app.register(async (scope) => {
    scope.removeContentTypeParser("application/json");
    scope.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
    scope.route({
      method: "POST",
      url: "/api/v1/billing/webhook",
      schema: {
        operationId: "receiveStripeWebhook",
        tags,
        description:
          "Stripe's webhook endpoint. Verified by the Stripe-Signature header; each event id is handled once.",
        response: {
          200: z.object({ received: z.literal(true), duplicate: z.boolean() }),
          400: problemSchema,
          503: problemSchema,
        },
      },
      handler: (request) => {
        const signature = request.headers["stripe-signature"];
        return webhook.receive(
          Buffer.isBuffer(request.body) ? request.body : Buffer.from(""),
          typeof signature === "string" ? signature : undefined,
        );
      },
    });
  });
}
