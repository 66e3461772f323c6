import { sql } from "drizzle-orm";
import { boolean, check, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { organization, user } from "./auth";

/**
 * Who pays: a candidate (Candidate Pro) or an employer organisation (Employer seats), never both, one Stripe
 * customer each. `stateAt` is the Stripe event time the row reflects, so late or replayed webhooks that carry an
 * older state are ignored instead of undoing a newer one.
 */
export const billingAccount = pgTable(
  "billing_account",
  {
    id: text("id").primaryKey(),
    userId: text("user_id").references(() => user.id, { onDelete: "cascade" }),
    organizationId: text("organization_id").references(() => organization.id, { onDelete: "cascade" }),
    stripeCustomerId: text("stripe_customer_id").notNull(),
    stripeSubscriptionId: text("stripe_subscription_id"),
    plan: text("plan", { enum: ["free", "candidate_pro", "employer"] })
      .notNull()
      .default("free"),
    /** Stripe's subscription status (active, past_due, canceled…); null until a subscription exists. */
    status: text("status"),
    currentPeriodEnd: timestamp("current_period_end", { withTimezone: true }),
    cancelAtPeriodEnd: boolean("cancel_at_period_end").notNull().default(false),
    seats: integer("seats"),
    stateAt: timestamp("state_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    uniqueIndex("billing_account_customer_uidx").on(t.stripeCustomerId),
    uniqueIndex("billing_account_user_uidx").on(t.userId),
    uniqueIndex("billing_account_organization_uidx").on(t.organizationId),
    check("billing_account_one_owner", sql`num_nonnulls(${t.userId}, ${t.organizationId}) = 1`),
  ],
);

/** Stripe webhook events already handled, by Stripe's event id: a redelivered event is acknowledged and skipped. */
export const stripeEvent = pgTable("stripe_event", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).defaultNow().notNull(),
  processedAt: timestamp("processed_at", { withTimezone: true }),
});
