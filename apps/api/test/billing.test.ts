import { schema } from "@hirefolio/db";
import { planLimitProblemType } from "@hirefolio/shared";
import { count, eq } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, describe, expect, it } from "vitest";
import { waitForMail } from "./support/outbox";
import { startStripeFake, stripeSubscription } from "./support/stripe-fake";
import { deliverWebhook, stripeEnv, stripeEvent, stripePrices, webhookSecret } from "./support/stripe-webhook";
import { recruiterWithJob, signUp, startTestApp, type TestUser } from "./support/test-app";

const stripe = await startStripeFake();
afterAll(() => stripe.close());
const prices = stripePrices;
const { app, deps } = await startTestApp(stripeEnv(stripe.url));
const db = deps.database.db;
// The coach answers from the career index; build it once, as the server does at start.
await app.warmUp();

const base = Math.floor(Date.now() / 1000);
const deliver = (event: object, secret?: string) => deliverWebhook(app, event, secret);

/** Every event is delivered twice, as Stripe may: the second delivery must change nothing. */
async function deliverTwice(event: { id: string }) {
  const first = await deliver(event);
  expect(first.statusCode, first.body).toBe(200);
  expect(first.json()).toEqual({ received: true, duplicate: false });
  const again = await deliver(event);
  expect(again.statusCode).toBe(200);
  expect(again.json()).toEqual({ received: true, duplicate: true });
}

const accountOf = async (userId: string) =>
  (await db.select().from(schema.billingAccount).where(eq(schema.billingAccount.userId, userId)))[0];
const storedEvents = async () => (await db.select({ n: count() }).from(schema.stripeEvent))[0]?.n;

async function checkoutPro(user: TestUser) {
  const response = await user.post("/api/v1/billing/checkout", { plan: "candidate_pro" });
  expect(response.statusCode, response.body).toBe(200);
  const account = await accountOf(user.id);
  expect(account).toBeDefined();
  return { url: response.json().url as string, customer: account!.stripeCustomerId };
}

const subscriptionEvent = (
  type: string,
  created: number,
  values: {
    id: string;
    customer: string;
    status: string;
    cancelAtPeriodEnd?: boolean;
    price?: string;
    quantity?: number;
  },
) => stripeEvent(type, stripeSubscription({ price: prices.pro, created: base, ...values }), created);

async function conversation(user: TestUser) {
  const response = await user.post("/api/v1/career-chat/conversations", {});
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

const ask = (user: TestUser, conversationId: string, text: string) =>
  user.post(`/api/v1/career-chat/conversations/${conversationId}/messages`, {
    messages: [{ id: "client-1", role: "user", parts: [{ type: "text", text }] }],
  });

async function createResume(user: TestUser, title: string) {
  const document = {
    basics: { name: "Maya Chen", label: "Backend Engineer", email: "maya@example.com", summary: "Engineer." },
    work: [{ name: "Acme", position: "Backend Engineer", startDate: "2018-04", highlights: ["Built the API"] }],
  };
  const response = await user.post("/api/v1/resumes", { title, document });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

describe("Checkout and Customer Portal (Stripe at the HTTP level)", () => {
  it("creates one customer per user and a subscription Checkout Session with the Pro price", async () => {
    const user = await signUp(app, "candidate");
    const before = stripe.requests.length;
    const { url, customer } = await checkoutPro(user);
    expect(url).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_/);

    const sent = stripe.requests.slice(before);
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /v1/customers", "POST /v1/checkout/sessions"]);
    expect(sent[0]?.headers.authorization).toBe("Bearer sk_test_hirefolio");
    expect(sent[0]?.form).toMatchObject({ email: user.email, "metadata[userId]": user.id });
    const account = await accountOf(user.id);
    expect(sent[1]?.form).toEqual(
      expect.objectContaining({
        mode: "subscription",
        customer,
        client_reference_id: account!.id,
        "line_items[0][price]": prices.pro,
        "line_items[0][quantity]": "1",
        success_url: "http://localhost:3000/settings/billing?checkout=success",
        cancel_url: "http://localhost:3000/settings/billing?checkout=canceled",
      }),
    );

    // A second attempt (the first Checkout was abandoned) reuses the customer.
    const retry = stripe.requests.length;
    expect((await user.post("/api/v1/billing/checkout", { plan: "candidate_pro" })).statusCode).toBe(200);
    expect(stripe.requests.slice(retry).map((r) => r.path)).toEqual(["/v1/checkout/sessions"]);
    expect(stripe.requests.at(-1)?.form.customer).toBe(customer);
  });

  it("sells Employer seats only to the employer's owners and admins, with the seats as quantity", async () => {
    const { recruiter, employer } = await recruiterWithJob(app);
    const outsider = await signUp(app, "recruiter");
    expect(
      (await outsider.post("/api/v1/billing/checkout", { plan: "employer", employerId: employer.id, seats: 3 }))
        .statusCode,
    ).toBe(404);
    const noEmployer = await recruiter.post("/api/v1/billing/checkout", { plan: "employer", seats: 3 });
    expect(noEmployer.statusCode).toBe(400);
    expect(noEmployer.json().errors.map((e: { field: string }) => e.field)).toContain("body.employerId");

    const before = stripe.requests.length;
    const response = await recruiter.post("/api/v1/billing/checkout", {
      plan: "employer",
      employerId: employer.id,
      seats: 5,
    });
    expect(response.statusCode, response.body).toBe(200);
    const [customerRequest, sessionRequest] = stripe.requests.slice(before);
    expect(customerRequest?.form["metadata[organizationId]"]).toBe(employer.id);
    expect(sessionRequest?.form).toMatchObject({ "line_items[0][price]": prices.seat, "line_items[0][quantity]": "5" });
    const [account] = await db
      .select()
      .from(schema.billingAccount)
      .where(eq(schema.billingAccount.organizationId, employer.id));
    expect(account?.userId).toBeNull();

    // The subscription arrives by webhook; the employer then has the seats it paid for.
    await deliverTwice(
      subscriptionEvent("customer.subscription.created", base + 1, {
        id: "sub_employer_1",
        customer: account!.stripeCustomerId,
        status: "active",
        price: prices.seat,
        quantity: 5,
      }),
    );
    const overview = (await recruiter.get("/api/v1/billing")).json();
    expect(overview.employers).toEqual([
      expect.objectContaining({ id: employer.id, plan: "employer", seats: 5, seatsUsed: 0, canManage: true }),
    ]);
    expect((await outsider.get("/api/v1/billing")).json().employers).toEqual([]);
  });

  it("opens the Customer Portal for the caller's own customer only", async () => {
    const user = await signUp(app, "candidate");
    const none = await user.post("/api/v1/billing/portal", {});
    expect(none.statusCode).toBe(409);
    const { customer } = await checkoutPro(user);
    const before = stripe.requests.length;
    const portal = await user.post("/api/v1/billing/portal", {});
    expect(portal.statusCode, portal.body).toBe(200);
    expect(portal.json().url).toMatch(/^https:\/\/billing\.stripe\.com\/p\/session\/test_/);
    expect(stripe.requests.slice(before)).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/v1/billing_portal/sessions",
        form: { customer, return_url: "http://localhost:3000/settings/billing" },
      }),
    ]);
    const { employer } = await recruiterWithJob(app);
    expect((await user.post("/api/v1/billing/portal", { employerId: employer.id })).statusCode).toBe(404);
  });
});

describe("Stripe webhooks", () => {
  it("refuses a bad or missing signature with 400 and changes nothing", async () => {
    const user = await signUp(app, "candidate");
    const { customer } = await checkoutPro(user);
    const event = subscriptionEvent("customer.subscription.created", base + 1, {
      id: "sub_forged",
      customer,
      status: "active",
    });
    const accountBefore = await accountOf(user.id);
    const eventsBefore = await storedEvents();

    const wrongSecret = await deliver(event, "whsec_someone_else");
    expect(wrongSecret.statusCode).toBe(400);
    expect(wrongSecret.headers["content-type"]).toContain("application/problem+json");
    expect(wrongSecret.json().type).toBe("https://hirefolio.dev/problems/invalid-webhook-signature");

    const payload = JSON.stringify(event);
    const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret });
    const tampered = await app.inject({
      method: "POST",
      url: "/api/v1/billing/webhook",
      headers: { "content-type": "application/json", "stripe-signature": header },
      // Same JSON, different bytes: the signature covers the exact body.
      payload: JSON.stringify(event, null, 2),
    });
    expect(tampered.statusCode).toBe(400);
    const unsigned = await app.inject({
      method: "POST",
      url: "/api/v1/billing/webhook",
      headers: { "content-type": "application/json" },
      payload,
    });
    expect(unsigned.statusCode).toBe(400);

    expect(await accountOf(user.id)).toEqual(accountBefore);
    expect(await storedEvents()).toBe(eventsBefore);
  });

  it("limits a free user to 30 coach messages a day until the subscription from Checkout is active", async () => {
    const user = await signUp(app, "candidate");
    const conversationId = await conversation(user);
    // 29 questions earlier today (and some yesterday, which do not count), then the 30th through the API.
    const today = new Date();
    const yesterday = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - 1000);
    await db.insert(schema.careerChatMessage).values(
      [...Array.from({ length: 29 }, () => today), yesterday, yesterday].map((createdAt) => ({
        id: crypto.randomUUID(),
        conversationId,
        role: "user" as const,
        parts: [{ type: "text", text: "What do nurses earn?" }],
        createdAt,
      })),
    );
    const thirtieth = await ask(user, conversationId, "What do registered nurses earn?");
    expect(thirtieth.statusCode, thirtieth.body).toBe(200);
    expect((await user.get("/api/v1/billing")).json().usage.coachMessages).toBe(30);

    const refused = await ask(user, conversationId, "And nurse practitioners?");
    expect(refused.statusCode).toBe(402);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.json()).toMatchObject({
      type: planLimitProblemType,
      status: 402,
      detail: "You've used your 30 free coach messages today. Upgrade to Candidate Pro for unlimited coaching.",
      limit: "coachMessages",
      upgradeUrl: "/settings/billing",
    });

    const { customer } = await checkoutPro(user);
    stripe.setSubscription(stripeSubscription({ id: "sub_coach", customer, price: prices.pro, status: "active" }));
    await deliverTwice(
      stripeEvent(
        "checkout.session.completed",
        {
          id: "cs_test_coach",
          object: "checkout.session",
          client_reference_id: (await accountOf(user.id))!.id,
          customer,
          mode: "subscription",
          payment_status: "paid",
          status: "complete",
          subscription: "sub_coach",
        },
        base + 1,
      ),
    );
    expect(stripe.requests.at(-1)).toMatchObject({ method: "GET", path: "/v1/subscriptions/sub_coach" });
    const overview = (await user.get("/api/v1/billing")).json();
    expect(overview).toMatchObject({ configured: true, plan: "candidate_pro", status: "active", hasCustomer: true });
    expect(overview.limits.coachMessages).toBeNull();
    expect((await ask(user, conversationId, "And nurse practitioners?")).statusCode).toBe(200);
  });

  it("converges to the newest state whatever order and however often events arrive", async () => {
    const user = await signUp(app, "candidate");
    const { customer } = await checkoutPro(user);
    const id = "sub_out_of_order";
    // Stripe's retrieve answers the subscription as it is now: already set to cancel at the period's end.
    stripe.setSubscription(
      stripeSubscription({ id, customer, price: prices.pro, status: "active", cancelAtPeriodEnd: true }),
    );
    const created = subscriptionEvent("customer.subscription.created", base + 1, {
      id,
      customer,
      status: "incomplete",
    });
    const completed = stripeEvent(
      "checkout.session.completed",
      { id: "cs_test_ooo", object: "checkout.session", customer, mode: "subscription", subscription: id },
      base + 2,
    );
    const activated = subscriptionEvent("customer.subscription.updated", base + 3, { id, customer, status: "active" });
    const cancelAtEnd = subscriptionEvent("customer.subscription.updated", base + 10, {
      id,
      customer,
      status: "active",
      cancelAtPeriodEnd: true,
    });
    const paid = stripeEvent("invoice.paid", { id: "in_1", object: "invoice", customer, status: "paid" }, base + 4);

    // The newer update arrives first, then the checkout completion and the older events.
    for (const event of [cancelAtEnd, completed, activated, created, paid]) await deliverTwice(event);
    expect(await accountOf(user.id)).toMatchObject({
      plan: "candidate_pro",
      status: "active",
      cancelAtPeriodEnd: true,
      stateAt: new Date((base + 10) * 1000),
    });

    const deleted = subscriptionEvent("customer.subscription.deleted", base + 20, { id, customer, status: "canceled" });
    const latePaid = stripeEvent(
      "invoice.paid",
      { id: "in_2", object: "invoice", customer, status: "paid" },
      base + 15,
    );
    await deliverTwice(deleted);
    await deliverTwice(latePaid);
    expect(await accountOf(user.id)).toMatchObject({ status: "canceled", stateAt: new Date((base + 20) * 1000) });
    const overview = (await user.get("/api/v1/billing")).json();
    expect(overview.plan).toBe("free");
    expect(overview.limits.coachMessages).toBe(30);
  });

  it("marks a failed payment past due, keeps the plan while Stripe retries, and emails the customer", async () => {
    const user = await signUp(app, "candidate");
    const { customer } = await checkoutPro(user);
    const id = "sub_failing";
    await deliverTwice(
      subscriptionEvent("customer.subscription.created", base + 1, { id, customer, status: "active" }),
    );
    await deliverTwice(
      stripeEvent(
        "invoice.payment_failed",
        { id: "in_failed", object: "invoice", customer, status: "open", attempt_count: 1 },
        base + 30,
      ),
    );
    expect(await accountOf(user.id)).toMatchObject({ status: "past_due", plan: "candidate_pro" });
    expect((await user.get("/api/v1/billing")).json().plan).toBe("candidate_pro");
    const mail = await waitForMail(deps, user.email, "payment failed");
    expect(mail.text).toContain("http://localhost:3000/settings/billing");

    await deliverTwice(
      stripeEvent("invoice.paid", { id: "in_retry", object: "invoice", customer, status: "paid" }, base + 40),
    );
    expect((await accountOf(user.id))?.status).toBe("active");
  });
});

describe("Plan limits in the services", () => {
  it("counts AI suggestion drafts per day and allows no A/B tests on Free, both unlimited on Pro", async () => {
    const user = await signUp(app, "candidate");
    const resumeA = await createResume(user, "A");
    const resumeB = await createResume(user, "B");
    await db.insert(schema.event).values(
      Array.from({ length: 9 }, () => ({
        id: crypto.randomUUID(),
        actorId: user.id,
        feature: "resume_builder" as const,
        type: "resume.suggestion_drafted",
        subjectId: resumeA,
      })),
    );
    const draft = () => user.post(`/api/v1/resumes/${resumeA}/suggestions/draft`, { kind: "summary" });
    expect((await draft()).statusCode).toBe(200);
    const refused = await draft();
    expect(refused.statusCode).toBe(402);
    expect(refused.json()).toMatchObject({ limit: "suggestionDrafts", upgradeUrl: "/settings/billing" });
    expect(refused.json().detail).toContain("10 free AI suggestion drafts today");

    const experiment = { name: "Summary first", resumeIds: [resumeA, resumeB] };
    const noTests = await user.post("/api/v1/resume-experiments", experiment);
    expect(noTests.statusCode).toBe(402);
    expect(noTests.json().limit).toBe("experiments");
    expect((await user.get("/api/v1/resume-experiments")).json().items).toEqual([]);

    const { customer } = await checkoutPro(user);
    await deliverTwice(
      subscriptionEvent("customer.subscription.created", base + 1, { id: "sub_limits", customer, status: "trialing" }),
    );
    expect((await draft()).statusCode).toBe(200);
    expect((await user.post("/api/v1/resume-experiments", experiment)).statusCode).toBe(201);
    const overview = (await user.get("/api/v1/billing")).json();
    expect(overview.usage).toEqual({ coachMessages: 0, suggestionDrafts: 11, experiments: 1 });
  });

  it("answers a signed-out caller with 401", async () => {
    expect((await app.inject({ method: "GET", url: "/api/v1/billing" })).statusCode).toBe(401);
    const checkout = await app.inject({
      method: "POST",
      url: "/api/v1/billing/checkout",
      headers: { origin: "http://localhost:3000" },
      payload: { plan: "candidate_pro" },
    });
    expect(checkout.statusCode).toBe(401);
  });
});
