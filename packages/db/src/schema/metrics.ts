import { customType, date, doublePrecision, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { user } from "./auth";

/**
 * Daily rollup of the additive success-metric parts, derived from `event` by the `metrics.rollup` job: per UTC day,
 * metric and part (`dimension`: an export format, an A/B variant, views/plays/contact clicks, or "" for the whole),
 * a numerator and, for ratios and means, a denominator (the sample size for means). Sums over days give any range.
 */
export const metricRollup = pgTable(
  "metric_rollup",
  {
    day: date("day", { mode: "string" }).notNull(),
    metric: text("metric").notNull(),
    dimension: text("dimension").notNull().default(""),
    numerator: doublePrecision("numerator").notNull(),
    denominator: doublePrecision("denominator"),
  },
  (t) => [primaryKey({ columns: [t.day, t.metric, t.dimension] })],
);

/** PostgreSQL `bit varying`, read and written as a string of 0s and 1s. */
const bitString = customType<{ data: string }>({ dataType: () => "bit varying" });

/**
 * What each user did on which day, as one bit per UTC day since `metric_rollup_state.activity_epoch` (bit 1 is the
 * epoch): any activity, a message to the coach, a resume created. Distinct users are not additive over days
 * (someone active on Monday and Tuesday is one active user of the week), and a row per user and day grew to 630,000
 * rows for 1M events; a row per user keeps "who was active in this bucket" to one bit_count per user and bucket.
 */
export const actorActivity = pgTable("actor_activity", {
  actorId: text("actor_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  active: bitString("active").notNull(),
  coachMessage: bitString("coach_message").notNull(),
  resumeCreated: bitString("resume_created").notNull(),
});

/**
 * Each resume's first ATS analysis, for "latest − first" improvement: the first never changes once known, and
 * looking it up per resume in `event` cost more than the rest of the dashboard at 1M events.
 */
export const resumeFirstAnalysis = pgTable("resume_first_analysis", {
  resumeId: text("resume_id").primaryKey(),
  score: doublePrecision("score").notNull(),
  analysedAt: timestamp("analysed_at", { withTimezone: true }).notNull(),
  eventId: text("event_id").notNull(),
});

/** How far the rollups reach: days before `rolledUpUntil` come from them, later days straight from `event`. */
export const metricRollupState = pgTable("metric_rollup_state", {
  id: text("id").primaryKey(),
  rolledUpUntil: date("rolled_up_until", { mode: "string" }).notNull(),
  /** Day of bit 1 of `actor_activity`: the first day with an event when the rollups first ran. */
  activityEpoch: date("activity_epoch", { mode: "string" }).notNull(),
  refreshedAt: timestamp("refreshed_at", { withTimezone: true }).notNull(),
});
