import { schema } from "@hirefolio/db";
import { planLimitProblemType } from "@hirefolio/shared";
import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { startStripeFake, stripeSubscription } from "./support/stripe-fake";
import { deliverNew, stripeEnv, stripeEvent, stripePrices } from "./support/stripe-webhook";
import { recruiterWithJob, signIn, signUp, startTestApp, type TestUser } from "./support/test-app";

const stripe = await startStripeFake();
afterAll(() => stripe.close());
const { app, deps } = await startTestApp(stripeEnv(stripe.url));
const db = deps.database.db;
// A self-hosted server without Stripe that gives everyone the Employer plan.
const { app: selfHosted } = await startTestApp({ DEFAULT_PLAN: "employer" });

const base = Math.floor(Date.now() / 1000);
let clock = base;
/** Each webhook a second after the previous one, so every event is newer than what the account knows. */
const nextSecond = () => ++clock;

const document = {
  basics: { name: "Maya Chen", label: "Backend Engineer", email: "maya@example.com", summary: "Engineer." },
  work: [{ name: "Acme", position: "Backend Engineer", startDate: "2018-04", highlights: ["Built the API"] }],
};

function expectPlanLimit(response: Awaited<ReturnType<TestUser["get"]>>, limit: string) {
  expect(response.statusCode, response.body).toBe(402);
  expect(response.headers["content-type"]).toContain("application/problem+json");
  expect(response.json()).toMatchObject({
    type: planLimitProblemType,
    status: 402,
    limit,
    upgradeUrl: "/settings/billing",
  });
}

/** Checkout, then Stripe's webhook saying the subscription (Pro, or Employer seats) is active. */
async function subscribe(user: TestUser, plan: { employerId: string; seats: number } | "candidate_pro") {
  const body = plan === "candidate_pro" ? { plan } : { plan: "employer", ...plan };
  expect((await user.post("/api/v1/billing/checkout", body)).statusCode).toBe(200);
  const owner =
    plan === "candidate_pro"
      ? eq(schema.billingAccount.userId, user.id)
      : eq(schema.billingAccount.organizationId, plan.employerId);
  const [account] = await db.select().from(schema.billingAccount).where(owner);
  const subscription = {
    id: `sub_${crypto.randomUUID().slice(0, 8)}`,
    customer: account!.stripeCustomerId,
    price: plan === "candidate_pro" ? stripePrices.pro : stripePrices.seat,
    created: base,
  };
  const change = async (type: string, values: { status: string; quantity?: number }) =>
    deliverNew(app, stripeEvent(type, stripeSubscription({ ...subscription, ...values }), nextSecond()));
  const quantity = plan === "candidate_pro" ? 1 : plan.seats;
  await change("customer.subscription.created", { status: "active", quantity });
  return {
    setSeats: (seats: number) => change("customer.subscription.updated", { status: "active", quantity: seats }),
    cancel: () => change("customer.subscription.deleted", { status: "canceled", quantity }),
  };
}

async function createResume(user: TestUser, templateId?: string) {
  return user.post("/api/v1/resumes", { title: "Backend", document, ...(templateId ? { templateId } : {}) });
}

const exportDocx = (user: TestUser, resumeId: string, template?: string) =>
  user.get(`/api/v1/resumes/${resumeId}/export.docx${template ? `?template=${template}` : ""}`);

describe("resume templates by plan", () => {
  it("refuses a premium template on Free with an upgrade link and saves nothing; Pro may pick it", async () => {
    const user = await signUp(app, "candidate");
    const premium = await createResume(user, "finance");
    expectPlanLimit(premium, "resumeTemplates");
    expect(premium.json().detail).toBe(
      "This template is part of Candidate Pro. The Free plan includes the Software Engineering and Data & Analytics templates.",
    );
    expect((await user.get("/api/v1/resumes")).json().items).toEqual([]);

    const created = await createResume(user);
    expect(created.statusCode, created.body).toBe(201);
    const resume = created.json();
    expect(resume.templateId).toBe("software-engineering");
    // The whole save is refused, so the title in the same request is not kept either.
    expectPlanLimit(
      await user.patch(`/api/v1/resumes/${resume.id}`, { templateId: "finance", title: "X" }),
      "resumeTemplates",
    );
    expect((await user.get(`/api/v1/resumes/${resume.id}`)).json()).toMatchObject({
      templateId: "software-engineering",
      title: "Backend",
      updatedAt: resume.updatedAt,
    });
    expectPlanLimit(await exportDocx(user, resume.id, "healthcare"), "resumeTemplates");
    expect((await user.patch(`/api/v1/resumes/${resume.id}`, { templateId: "data-analytics" })).statusCode).toBe(200);

    await subscribe(user, "candidate_pro");
    const switched = await user.patch(`/api/v1/resumes/${resume.id}`, { templateId: "finance" });
    expect(switched.statusCode, switched.body).toBe(200);
    expect(switched.json().templateId).toBe("finance");
    expect((await exportDocx(user, resume.id, "healthcare")).statusCode).toBe(200);
    expect((await createResume(user, "creative-design")).statusCode).toBe(201);
  });

  it("keeps exporting and copying a premium resume after a downgrade, but allows no switch to another", async () => {
    const user = await signUp(app, "candidate");
    const subscription = await subscribe(user, "candidate_pro");
    const resume = (await createResume(user, "finance")).json();
    expect(resume.templateId).toBe("finance");
    await subscription.cancel();
    expect((await user.get("/api/v1/billing")).json().plan).toBe("free");

    const exported = await exportDocx(user, resume.id);
    expect(exported.statusCode, exported.body).toBe(200);
    expect((await exportDocx(user, resume.id, "finance")).statusCode).toBe(200);
    expectPlanLimit(await exportDocx(user, resume.id, "healthcare"), "resumeTemplates");
    // Saving with the template it has is no switch.
    expect(
      (await user.patch(`/api/v1/resumes/${resume.id}`, { templateId: "finance", title: "Renamed" })).statusCode,
    ).toBe(200);
    const copy = await user.post(`/api/v1/resumes/${resume.id}/duplicate`, {});
    expect(copy.statusCode, copy.body).toBe(201);
    expect(copy.json().templateId).toBe("finance");

    expectPlanLimit(await user.patch(`/api/v1/resumes/${resume.id}`, { templateId: "healthcare" }), "resumeTemplates");
    expect((await user.get(`/api/v1/resumes/${resume.id}`)).json().templateId).toBe("finance");
    // Once left for a free template, the premium one is Pro's again.
    expect((await user.patch(`/api/v1/resumes/${resume.id}`, { templateId: "software-engineering" })).statusCode).toBe(
      200,
    );
    expectPlanLimit(await user.patch(`/api/v1/resumes/${resume.id}`, { templateId: "finance" }), "resumeTemplates");

    const stranger = await signUp(app, "candidate");
    expect((await exportDocx(stranger, resume.id, "finance")).statusCode).toBe(404);
  });
});

const invite = (user: TestUser, employerId: string, email: string) =>
  user.post(`/api/v1/employers/${employerId}/invitations`, { email, role: "member" });

const invitationsTo = async (employerId: string, email: string) =>
  db
    .select({ id: schema.invitation.id })
    .from(schema.invitation)
    .where(and(eq(schema.invitation.organizationId, employerId), eq(schema.invitation.email, email)));

const seatsOf = async (user: TestUser, employerId: string) =>
  ((await user.get("/api/v1/billing")).json().employers as { id: string }[]).find((e) => e.id === employerId);

/** A recruiter with a verified address, as accepting an invitation needs. */
async function verifiedRecruiter() {
  const user = await signUp(app, "recruiter");
  await deps.database.query(`update "user" set email_verified = true where id = $1`, [user.id]);
  return signIn(app, user.email);
}

describe("employer scheduling seats", () => {
  it("refuses an invitation beyond the seats with 402 and creates nothing, until more seats are bought", async () => {
    const { recruiter, employer } = await recruiterWithJob(app);
    const other = await recruiterWithJob(app);
    const email = (name: string) => `${name}-${employer.id.slice(0, 8)}@example.test`;
    expect((await invite(recruiter, employer.id, email("ana"))).statusCode).toBe(201);
    expect((await invite(recruiter, employer.id, email("ben"))).statusCode).toBe(201);

    const full = await invite(recruiter, employer.id, email("cho"));
    expectPlanLimit(full, "schedulingSeats");
    expect(full.json().detail).toBe(
      "Your plan covers 2 interviewers. Add Employer seats to schedule with more of your team.",
    );
    expect(await invitationsTo(employer.id, email("cho"))).toEqual([]);
    // Inviting the same person again replaces their invitation, so it needs no second seat.
    expect((await invite(recruiter, employer.id, email("ana"))).statusCode).toBe(201);
    expect(await seatsOf(recruiter, employer.id)).toMatchObject({ seats: 2, seatsUsed: 0, pendingInvitations: 2 });

    // Another employer's seats are its own.
    expect(await seatsOf(other.recruiter, other.employer.id)).toMatchObject({ seats: 2, pendingInvitations: 0 });
    expect((await invite(other.recruiter, other.employer.id, email("dan"))).statusCode).toBe(201);

    const subscription = await subscribe(recruiter, { employerId: employer.id, seats: 3 });
    expect(await seatsOf(recruiter, employer.id)).toMatchObject({ plan: "employer", seats: 3 });
    expect((await invite(recruiter, employer.id, email("cho"))).statusCode).toBe(201);
    expectPlanLimit(await invite(recruiter, employer.id, email("eve")), "schedulingSeats");
    await subscription.setSeats(5);
    expect((await invite(recruiter, employer.id, email("eve"))).statusCode).toBe(201);
    expect(await seatsOf(recruiter, employer.id)).toMatchObject({ seats: 5, pendingInvitations: 4 });

    expect(await seatsOf(other.recruiter, other.employer.id)).toMatchObject({ plan: "free", seats: 2 });
    expect((await invite(other.recruiter, other.employer.id, email("fay"))).statusCode).toBe(201);
    expectPlanLimit(await invite(other.recruiter, other.employer.id, email("gus")), "schedulingSeats");
  });

  it("lets an invitee join on the seat the invitation reserved, and refuses one when seats were cut since", async () => {
    const { recruiter, employer } = await recruiterWithJob(app);
    const subscription = await subscribe(recruiter, { employerId: employer.id, seats: 2 });
    const [first, second] = [await verifiedRecruiter(), await verifiedRecruiter()];
    const invitations = [];
    for (const person of [first, second]) invitations.push((await invite(recruiter, employer.id, person.email)).json());
    await subscription.setSeats(1);

    const joined = await first.post(`/api/v1/invitations/${invitations[0].id}/accept`);
    expect(joined.statusCode, joined.body).toBe(200);
    const refused = await second.post(`/api/v1/invitations/${invitations[1].id}/accept`);
    expectPlanLimit(refused, "schedulingSeats");
    expect(refused.json().detail).toBe(
      `${employer.name} has all 1 interviewer seats in use. Ask one of its owners or admins to add seats, then accept again.`,
    );
    const members = (await recruiter.get(`/api/v1/employers/${employer.id}/members`)).json();
    expect(members.map((m: { userId: string }) => m.userId).sort()).toEqual([first.id, recruiter.id].sort());

    await subscription.setSeats(2);
    expect((await second.post(`/api/v1/invitations/${invitations[1].id}/accept`)).statusCode).toBe(200);
  });

  it("offers no way around the seats through the sign-in library's own invitation routes", async () => {
    const { recruiter, employer } = await recruiterWithJob(app);
    for (const path of ["invite-member", "accept-invitation", "update-member-role"]) {
      const response = await recruiter.post(`/api/auth/organization/${path}`, {
        organizationId: employer.id,
        email: "sneaky@example.test",
        role: "member",
        invitationId: "x",
        memberId: "x",
      });
      expect(response.statusCode).toBe(404);
    }
    expect(await invitationsTo(employer.id, "sneaky@example.test")).toEqual([]);
  });
});

describe("a self-hosted server's default plan", () => {
  it("gives everyone every template and unlimited seats with DEFAULT_PLAN=employer and no Stripe", async () => {
    const candidate = await signUp(selfHosted, "candidate");
    expect((await createResume(candidate, "academic-research")).statusCode).toBe(201);
    const { recruiter, employer } = await recruiterWithJob(selfHosted);
    for (const name of ["a", "b", "c"]) {
      expect((await invite(recruiter, employer.id, `${name}-${employer.id.slice(0, 8)}@example.test`)).statusCode).toBe(
        201,
      );
    }
    expect(await seatsOf(recruiter, employer.id)).toMatchObject({
      plan: "employer",
      seats: null,
      pendingInvitations: 3,
    });
  });
});
