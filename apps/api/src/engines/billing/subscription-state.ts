import type { PlanId } from "@hirefolio/shared";

/** What a billing account knows of its Stripe subscription, and the Stripe event time that knowledge is from. */
export interface SubscriptionState {
  plan: PlanId;
  subscriptionId: string | null;
  status: string | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  seats: number | null;
  stateAt: Date | null;
}

/** The parts of a Stripe subscription that matter here, already mapped from its price to our plan. */
export interface SubscriptionSnapshot {
  id: string;
  status: string;
  plan: PlanId;
  quantity: number | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
}

/** One webhook event reduced to what it says about the subscription; `at` is the event's `created`. */
export type BillingChange =
  | { kind: "subscription"; at: Date; subscription: SubscriptionSnapshot }
  | { kind: "payment-failed"; at: Date }
  | { kind: "payment-succeeded"; at: Date };

export const emptyState: SubscriptionState = {
  plan: "free",
  subscriptionId: null,
  status: null,
  currentPeriodEnd: null,
  cancelAtPeriodEnd: false,
  seats: null,
  stateAt: null,
};

/**
 * How far along a subscription's life a status is. Stripe's `created` has one-second resolution, so two events of
 * the same second (e.g. `updated` to active and `deleted`) are ordered by this: the later stage wins.
 */
const statusStage: Record<string, number> = {
  incomplete: 0,
  trialing: 1,
  active: 2,
  past_due: 3,
  paused: 3,
  unpaid: 4,
  incomplete_expired: 5,
  canceled: 5,
};
const stageOf = (status: string | null) => (status === null ? -1 : (statusStage[status] ?? 2));

/** past_due still counts: Stripe is retrying the card, and the customer keeps the plan while it does. */
const entitledStatuses = new Set(["active", "trialing", "past_due"]);

const planRank: Record<PlanId, number> = { free: 0, candidate_pro: 1, employer: 2 };

/**
 * The plan the account has now: its subscription's while that entitles it, but never less than `fallback` (the
 * server's DEFAULT_PLAN), which everyone has anyway.
 */
export function effectivePlan(state: Pick<SubscriptionState, "plan" | "status">, fallback: PlanId): PlanId {
  if (state.status === null || !entitledStatuses.has(state.status)) return fallback;
  return planRank[state.plan] >= planRank[fallback] ? state.plan : fallback;
}

/**
 * The account's state after an event, or null when the event must be ignored because the account already reflects
 * a newer one. Webhooks arrive late, twice and out of order; applying only newer events makes every delivery order
 * end in the state of the newest event.
 */
export function applyBillingChange(state: SubscriptionState, change: BillingChange): SubscriptionState | null {
  const at = change.at.getTime();
  const known = state.stateAt?.getTime();
  if (known !== undefined && at < known) return null;

  if (change.kind === "subscription") {
    const next = change.subscription;
    // A finished old subscription must not end the customer's newer one.
    if (state.subscriptionId && state.subscriptionId !== next.id && stageOf(next.status) >= statusStage.canceled!) {
      return null;
    }
    if (known === at && state.subscriptionId === next.id && stageOf(next.status) < stageOf(state.status)) return null;
    return {
      plan: next.plan,
      subscriptionId: next.id,
      status: next.status,
      currentPeriodEnd: next.currentPeriodEnd,
      cancelAtPeriodEnd: next.cancelAtPeriodEnd,
      seats: next.plan === "employer" ? next.quantity : null,
      stateAt: change.at,
    };
  }

  // Invoices change only a live subscription: a late invoice must not revive a canceled one.
  if (state.status === null || !entitledStatuses.has(state.status)) return null;
  const status = change.kind === "payment-failed" ? "past_due" : "active";
  if (known === at && stageOf(status) < stageOf(state.status)) return null;
  return { ...state, status, stateAt: change.at };
}
