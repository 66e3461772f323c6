import type { Db } from "@hirefolio/db";
import type {
  BillingOverview,
  BillingRedirect,
  CheckoutRequest,
  EmployerBilling,
  LimitKey,
  PortalRequest,
} from "@hirefolio/shared";
import type Stripe from "stripe";
import {
  decideLimit,
  freeTemplates,
  limitsOf,
  planCatalogue,
  planName,
  startOfUtcDay,
} from "../../engines/billing/plans";
import type { SessionUser } from "../../http/auth-guard";
import { problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import type { EmployersService } from "../employers/employers-service";
import { billingProblems } from "./billing-problems";
import * as repo from "./billing-repo";
import type { PlanGuard } from "./plan-guard";

/** The limits a person's own use counts against (seats are an employer's, templates a set). */
export type PersonalLimit = Extract<LimitKey, "coachMessages" | "suggestionDrafts" | "experiments">;

export interface BillingSettings {
  publicUrl: string;
  prices: { candidate_pro?: string | undefined; employer?: string | undefined };
}

/** Plans, limits and Stripe Checkout / Customer Portal; webhooks are billing-webhook.ts's. */
export function createBillingService(deps: {
  db: Db;
  clock: Clock;
  stripe: Stripe | undefined;
  employers: EmployersService;
  plans: PlanGuard;
  settings: BillingSettings;
}) {
  const { db, clock, settings } = deps;
  const billingUrl = `${settings.publicUrl}/settings/billing`;
  const { planOf } = deps.plans;

  async function usageOf(userId: string, key: PersonalLimit) {
    if (key === "experiments") return repo.countRunningExperiments(db, userId);
    const today = startOfUtcDay(clock.now());
    return key === "coachMessages"
      ? repo.countCoachQuestions(db, userId, today)
      : repo.countSuggestionDrafts(db, userId, today);
  }

  function requireStripe() {
    if (!deps.stripe) throw billingProblems.notConfigured();
    return deps.stripe;
  }

  /** Employer billing is for the employer's owners and admins; everyone else is refused by the employers service. */
  async function ownerFor(user: SessionUser, employerId: string | undefined): Promise<repo.BillingOwner> {
    if (!employerId) return { userId: user.id };
    await deps.employers.requireMember(user, employerId, ["owner", "admin"]);
    return { organizationId: employerId };
  }

  async function employerBilling(user: SessionUser): Promise<EmployerBilling[]> {
    const employers = await deps.employers.listMine(user);
    const accounts = await repo.findAccountsOfOrganizations(
      db,
      employers.map((e) => e.id),
    );
    return Promise.all(
      employers.map(async (employer) => {
        const account = accounts.find((a) => a.organizationId === employer.id);
        const usage = await deps.plans.seatUsage(employer.id);
        return {
          id: employer.id,
          name: employer.name,
          plan: planOf(account),
          status: account?.status ?? null,
          seats: usage.seats,
          seatsUsed: usage.members,
          pendingInvitations: usage.pendingInvitations,
          canManage: employer.myRole === "owner" || employer.myRole === "admin",
        };
      }),
    );
  }

  return {
    /**
     * The one guard services call before a limited action: throws a 402 problem with the upgrade text when the
     * user's plan has no room left for one more.
     */
    async assertWithin(user: SessionUser, key: PersonalLimit) {
      const plan = planOf(await repo.findAccount(db, { userId: user.id }));
      if (limitsOf(plan)[key] === null) return;
      const decision = decideLimit(plan, key, await usageOf(user.id, key));
      if (!decision.allowed) throw billingProblems.limitReached(key, decision.detail);
    },

    /** Drafts are counted from these events; call after a draft was made. */
    async recordSuggestionDraft(user: SessionUser, resumeId: string) {
      await repo.insertSuggestionDraftEvent(db, user.id, resumeId, clock.now());
    },

    async overview(user: SessionUser): Promise<BillingOverview> {
      const account = await repo.findAccount(db, { userId: user.id });
      const plan = planOf(account);
      const [coachMessages, suggestionDrafts, experiments, employers] = await Promise.all([
        usageOf(user.id, "coachMessages"),
        usageOf(user.id, "suggestionDrafts"),
        usageOf(user.id, "experiments"),
        employerBilling(user),
      ]);
      return {
        configured: Boolean(deps.stripe),
        plan,
        status: account?.status ?? null,
        currentPeriodEnd: account?.currentPeriodEnd?.toISOString() ?? null,
        cancelAtPeriodEnd: account?.cancelAtPeriodEnd ?? false,
        hasCustomer: Boolean(account),
        limits: limitsOf(plan),
        usage: { coachMessages, suggestionDrafts, experiments },
        freeTemplates: [...freeTemplates],
        plans: planCatalogue,
        employers,
      };
    },

    /** A Stripe Checkout page for the plan, for the caller or (Employer) one of their employers. */
    async checkout(user: SessionUser, request: CheckoutRequest): Promise<BillingRedirect> {
      const stripe = requireStripe();
      const owner = await ownerFor(user, request.plan === "employer" ? request.employerId : undefined);
      const price = settings.prices[request.plan];
      if (!price) throw billingProblems.notConfigured();
      let account = await repo.findAccount(db, owner);
      if (account && planOf(account) === request.plan && account.stripeSubscriptionId) {
        throw problems.conflict(`You already have ${planName(request.plan)}. Change it under Manage billing.`);
      }
      if (!account) {
        const customer = await stripe.customers.create({
          email: user.email,
          name: "organizationId" in owner ? undefined : user.name,
          metadata: "userId" in owner ? { userId: owner.userId } : { organizationId: owner.organizationId },
        });
        account = await repo.insertAccount(db, owner, customer.id, clock.now());
      }
      const session = await stripe.checkout.sessions.create({
        mode: "subscription",
        customer: account.stripeCustomerId,
        client_reference_id: account.id,
        line_items: [{ price, quantity: request.plan === "employer" ? (request.seats ?? 1) : 1 }],
        success_url: `${billingUrl}?checkout=success`,
        cancel_url: `${billingUrl}?checkout=canceled`,
        subscription_data: { metadata: { billingAccountId: account.id, plan: request.plan } },
      });
      if (!session.url) throw new Error("Stripe returned a Checkout Session without a URL");
      return { url: session.url };
    },

    /** Stripe's Customer Portal: change or cancel the plan, update the card, see invoices. */
    async portal(user: SessionUser, request: PortalRequest): Promise<BillingRedirect> {
      const stripe = requireStripe();
      const account = await repo.findAccount(db, await ownerFor(user, request.employerId));
      if (!account) throw problems.conflict("There is no subscription to manage yet. Choose a plan first.");
      const session = await stripe.billingPortal.sessions.create({
        customer: account.stripeCustomerId,
        return_url: billingUrl,
      });
      return { url: session.url };
    },
  };
}

export type BillingService = ReturnType<typeof createBillingService>;
