import { describe, expect, it } from "vitest";
import {
  applyBillingChange,
  type BillingChange,
  effectivePlan,
  emptyState,
  type SubscriptionSnapshot,
  type SubscriptionState,
} from "./subscription-state";

const t = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second));
const sub = (status: string, overrides: Partial<SubscriptionSnapshot> = {}): SubscriptionSnapshot => ({
  id: "sub_1",
  status,
  plan: "candidate_pro",
  quantity: 1,
  currentPeriodEnd: t(3600),
  cancelAtPeriodEnd: false,
  ...overrides,
});
const subscriptionAt = (second: number, status: string, overrides: Partial<SubscriptionSnapshot> = {}) =>
  ({ kind: "subscription", at: t(second), subscription: sub(status, overrides) }) as const;

function replay(changes: BillingChange[], state: SubscriptionState = emptyState) {
  return changes.reduce((current, change) => applyBillingChange(current, change) ?? current, state);
}

/** Every order of the list, to show the result does not depend on delivery order. */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [item, ...p]),
  );
}

describe("subscription state from webhook events", () => {
  it("takes a new subscription's plan, period and status", () => {
    const state = replay([subscriptionAt(1, "active")]);
    expect(state).toMatchObject({ plan: "candidate_pro", status: "active", subscriptionId: "sub_1", stateAt: t(1) });
    expect(effectivePlan(state, "free")).toBe("candidate_pro");
  });

  it("ends in the newest event's state whatever order the events arrive in", () => {
    const events: BillingChange[] = [
      subscriptionAt(1, "incomplete"),
      subscriptionAt(2, "active"),
      { kind: "payment-failed", at: t(3) },
      subscriptionAt(4, "active", { cancelAtPeriodEnd: true }),
      subscriptionAt(5, "canceled"),
    ];
    for (const order of permutations(events)) {
      const state = replay(order);
      expect(state.status).toBe("canceled");
      expect(state.stateAt).toEqual(t(5));
      expect(effectivePlan(state, "free")).toBe("free");
    }
  });

  it("ignores an older update after a newer one", () => {
    const state = replay([subscriptionAt(5, "past_due"), subscriptionAt(3, "active")]);
    expect(state.status).toBe("past_due");
    expect(applyBillingChange(state, subscriptionAt(3, "active"))).toBeNull();
  });

  it("orders events of the same second by how far along the subscription is", () => {
    expect(replay([subscriptionAt(2, "canceled"), subscriptionAt(2, "active")]).status).toBe("canceled");
    expect(replay([subscriptionAt(2, "active"), subscriptionAt(2, "canceled")]).status).toBe("canceled");
  });

  it("marks a failed payment past due but keeps the plan while Stripe retries, and a paid invoice restores it", () => {
    const failed = replay([subscriptionAt(1, "active"), { kind: "payment-failed", at: t(2) }]);
    expect(failed.status).toBe("past_due");
    expect(effectivePlan(failed, "free")).toBe("candidate_pro");
    expect(replay([{ kind: "payment-succeeded", at: t(3) }], failed).status).toBe("active");
  });

  it("does not let an invoice revive a canceled subscription or create one", () => {
    const canceled = replay([subscriptionAt(1, "canceled")]);
    expect(applyBillingChange(canceled, { kind: "payment-succeeded", at: t(9) })).toBeNull();
    expect(applyBillingChange(emptyState, { kind: "payment-failed", at: t(9) })).toBeNull();
  });

  it("does not let an old subscription's cancellation end the newer one", () => {
    const state = replay([subscriptionAt(1, "active", { id: "sub_new" }), subscriptionAt(2, "canceled")]);
    expect(state).toMatchObject({ subscriptionId: "sub_new", status: "active" });
  });

  it("keeps seats only for the employer plan and falls back to the server's default plan", () => {
    const employer = replay([subscriptionAt(1, "active", { plan: "employer", quantity: 7 })]);
    expect(employer.seats).toBe(7);
    expect(replay([subscriptionAt(1, "active", { quantity: 3 })]).seats).toBeNull();
    expect(effectivePlan(emptyState, "candidate_pro")).toBe("candidate_pro");
    expect(effectivePlan(replay([subscriptionAt(1, "active")]), "employer")).toBe("employer");
  });
});
