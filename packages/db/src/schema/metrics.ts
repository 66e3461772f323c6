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

/**
 * The latest ATS analysis of each resume on each closed UTC day (`score` null when that analysis had none). The
 * latest analysis of a bucket is the latest of its days, so the report reads these narrow rows instead of a year of
 * `resume.analysed` events and their JSON.
 */
export const resumeAnalysisDay = pgTable(
  "resume_analysis_day",
  {
    day: date("day", { mode: "string" }).notNull(),
    resumeId: text("resume_id").notNull(),
    score: doublePrecision("score"),
    analysedAt: timestamp("analysed_at", { withTimezone: true }).notNull(),
    eventId: text("event_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.resumeId] })],
);

/**
 * Hours from proposal to booking of each booking on closed UTC days: medians and p90s do not add up over days, so
 * the report needs every booking of the range, and these rows spare it reading the `scheduling.booked` events.
 */
export const bookingLeadTime = pgTable(
  "booking_lead_time",
  {
    day: date("day", { mode: "string" }).notNull(),
    eventId: text("event_id").notNull(),
    hours: doublePrecision("hours").notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.eventId] })],
);

/**
 * Each user's first day with an event of a type, for the milestones the report counts ("had a processed video by
 * the end of the bucket"): one row per user and type instead of a scan of those events since the beginning.
 */
export const actorFirstEvent = pgTable(
  "actor_first_event",
  {
    actorId: text("actor_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    day: date("day", { mode: "string" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.actorId, t.type] })],
);

/** How far the rollups reach: days before `rolledUpUntil` come from them, later days straight from `event`. */
export const metricRollupState = pgTable("metric_rollup_state", {
  id: text("id").primaryKey(),
  rolledUpUntil: date("rolled_up_until", { mode: "string" }).notNull(),
  /** Day of bit 1 of `actor_activity`: the first day with an event when the rollups first ran. */
  activityEpoch: date("activity_epoch", { mode: "string" }).notNull(),
  refreshedAt: timestamp("refreshed_at", { withTimezone: true }).notNull(),
});
