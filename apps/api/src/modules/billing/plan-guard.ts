import type { DbOrTx } from "@hirefolio/db";
import type { PlanId } from "@hirefolio/shared";
import { decideLimit, limitFor, noSeatToJoinDetail, templateDecision } from "../../engines/billing/plans";
import { effectivePlan } from "../../engines/billing/subscription-state";
import type { SessionUser } from "../../http/auth-guard";
import type { Clock } from "../../platform/clock";
import { billingProblems } from "./billing-problems";
import * as repo from "./billing-repo";

/** An employer's seats: the limit (null: unlimited), members holding one, and invitations reserving one. */
export interface SeatUsage {
  seats: number | null;
  members: number;
  pendingInvitations: number;
}

/**
 * The plan checks other modules run before a limited action. Built from the database and the server's default plan
 * alone (no Stripe, no employers service), so the employers and resumes services can depend on it without a cycle.
 */
export function createPlanGuard(deps: { db: DbOrTx; clock: Clock; defaultPlan: PlanId }) {
  const { db, clock, defaultPlan } = deps;

  const planOf = (account: repo.BillingAccountRow | undefined) =>
    account ? effectivePlan(account, defaultPlan) : defaultPlan;

  async function employerSeats(employerId: string, except?: { email: string }) {
    const account = await repo.findAccount(db, { organizationId: employerId });
    const [members, pendingInvitations] = await Promise.all([
      repo.countSeatsUsed(db, employerId),
      repo.countPendingInvitations(db, employerId, clock.now(), except?.email),
    ]);
    return { plan: planOf(account), paidSeats: account?.seats, members, pendingInvitations };
  }

  return {
    planOf,

    async planOfUser(userId: string) {
      return planOf(await repo.findAccount(db, { userId }));
    },

    /**
     * The user's template rule with their plan looked up now, to run where no query may wait: inside a transaction
     * (PGlite has one connection). Checks choosing `templateId` for a resume that has `kept` (none for a new one).
     */
    async templateCheck(user: SessionUser) {
      const plan = await this.planOfUser(user.id);
      return (templateId: string, kept?: string) => {
        const decision = templateDecision(plan, templateId, kept);
        if (!decision.allowed) throw billingProblems.limitReached("resumeTemplates", decision.detail);
      };
    },

    async assertTemplate(user: SessionUser, templateId: string, kept?: string) {
      (await this.templateCheck(user))(templateId, kept);
    },

    async seatUsage(employerId: string): Promise<SeatUsage> {
      const { plan, paidSeats, members, pendingInvitations } = await employerSeats(employerId);
      return { seats: limitFor(plan, "schedulingSeats", paidSeats), members, pendingInvitations };
    },

    /**
     * Inviting reserves a seat, so the owner learns the team is full when inviting, not when a colleague finds the
     * invitation refused. Re-inviting the same address replaces its old invitation and so needs no second seat.
     */
    async assertSeatForInvitation(employerId: string, email: string) {
      const { plan, paidSeats, members, pendingInvitations } = await employerSeats(employerId, { email });
      const decision = decideLimit(plan, "schedulingSeats", members + pendingInvitations, paidSeats);
      if (!decision.allowed) throw billingProblems.limitReached("schedulingSeats", decision.detail);
    },

    /**
     * Joining takes the seat the invitation reserved; only members count here, so it fails only when seats were
     * reduced since the invitation was sent (a downgrade or fewer seats bought).
     */
    async assertSeatForJoining(employerId: string, employerName: string) {
      const { plan, paidSeats, members } = await employerSeats(employerId);
      const decision = decideLimit(plan, "schedulingSeats", members, paidSeats);
      if (!decision.allowed) {
        throw billingProblems.limitReached("schedulingSeats", noSeatToJoinDetail(employerName, decision.limit));
      }
    },
  };
}

export type PlanGuard = ReturnType<typeof createPlanGuard>;
