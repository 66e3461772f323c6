import { describe, expect, it } from "vitest";
import { signUp, startTestApp } from "./support/test-app";

// No Stripe keys, as on a fresh self-hosted server.
const { app } = await startTestApp();
const { app: selfHosted } = await startTestApp({ DEFAULT_PLAN: "candidate_pro" });

describe("billing without Stripe keys", () => {
  it("says billing is not configured and gives everyone the Free limits", async () => {
    const user = await signUp(app, "candidate");
    const overview = await user.get("/api/v1/billing");
    expect(overview.statusCode).toBe(200);
    expect(overview.json()).toMatchObject({
      configured: false,
      plan: "free",
      status: null,
      hasCustomer: false,
      limits: { coachMessages: 30, suggestionDrafts: 10, resumeTemplates: 2, experiments: 0, schedulingSeats: 2 },
      usage: { coachMessages: 0, suggestionDrafts: 0, experiments: 0 },
      freeTemplates: ["software-engineering", "data-analytics"],
    });
    expect(overview.json().plans.map((p: { id: string }) => p.id)).toEqual(["free", "candidate_pro", "employer"]);
  });

  it("refuses Checkout, the portal and webhooks with 503", async () => {
    const user = await signUp(app, "candidate");
    for (const [url, body] of [
      ["/api/v1/billing/checkout", { plan: "candidate_pro" }],
      ["/api/v1/billing/portal", {}],
    ] as const) {
      const response = await user.post(url, body);
      expect(response.statusCode).toBe(503);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.json()).toMatchObject({
        type: "https://hirefolio.dev/problems/billing-not-configured",
        detail: "Billing is not configured on this server.",
      });
    }
    const webhook = await app.inject({
      method: "POST",
      url: "/api/v1/billing/webhook",
      headers: { "content-type": "application/json", "stripe-signature": "t=1,v1=00" },
      payload: "{}",
    });
    expect(webhook.statusCode).toBe(503);
  });
});

describe("billing with a default plan for self-hosters", () => {
  it("gives everyone the default plan's limits", async () => {
    const user = await signUp(selfHosted, "candidate");
    const overview = (await user.get("/api/v1/billing")).json();
    expect(overview).toMatchObject({ configured: false, plan: "candidate_pro" });
    expect(overview.limits.coachMessages).toBeNull();
  });
});
