import type { LimitKey } from "@hirefolio/shared";
import { HttpProblem } from "../../http/problem";

export const billingProblems = {
  /** 402 with the upgrade link, so every client can offer the way out next to the message. */
  limitReached: (limit: LimitKey, detail: string) =>
    new HttpProblem(402, "plan-limit-reached", "Plan limit reached", detail, undefined, undefined, {
      limit,
      upgradeUrl: "/settings/billing",
    }),
  notConfigured: () =>
    new HttpProblem(
      503,
      "billing-not-configured",
      "Billing is not configured",
      "Billing is not configured on this server.",
    ),
  invalidSignature: (detail: string) =>
    new HttpProblem(400, "invalid-webhook-signature", "Webhook signature is not valid", detail),
};
