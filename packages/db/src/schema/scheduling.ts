import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { organization, user } from "./auth";
import { application, job } from "./hiring";

/** A local wall-clock range, "HH:mm" to "HH:mm"; validated by the API's zod contracts before it is stored. */
type ClockRange = { start: string; end: string };
type WeeklyHours = Partial<Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", ClockRange[]>>;
type PanelRule = { kind: "all"; interviewerIds: string[] } | { kind: "pool"; interviewerIds: string[]; count: number };

/**
 * A PostgreSQL tstzrange, read and written as its text form `[start,end)`. Drizzle has no range type; the
 * exclusion constraint on `interview_participant.blocked` (see the migration) is what needs it.
 */
export const tstzrange = customType<{ data: string; driverData: string }>({
  dataType: () => "tstzrange",
});

/** When a user can meet, in their own zone; read by the slot engine for interviewers and candidates alike. */
export const availabilityProfile = pgTable("availability_profile", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  timeZone: text("time_zone").notNull(),
  weeklyHours: jsonb("weekly_hours").$type<WeeklyHours>().notNull(),
  /** Replaces the weekly hours on single local dates: extra hours, or `hours: []` for a blocked day. */
  dateOverrides: jsonb("date_overrides").$type<{ date: string; hours: ClockRange[] }[]>().notNull().default([]),
  outOfOffice: jsonb("out_of_office").$type<{ start: string; end: string }[]>().notNull().default([]),
  preferences: jsonb("preferences")
    .$type<{ preferredHours?: WeeklyHours; noMeetingBlocks?: WeeklyHours }>()
    .notNull()
    .default({}),
  limits: jsonb("limits")
    .$type<{ maxPerDay?: number; maxPerWeek?: number; maxMinutesPerDay?: number; maxMinutesPerWeek?: number }>()
    .notNull()
    .default({}),
  updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
});

/** A calendar whose busy time blocks a user's slots: an uploaded file, a subscribed URL or an OAuth calendar. */
export const calendarSource = pgTable(
  "calendar_source",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["ics-upload", "ics-url", "google", "microsoft"] }).notNull(),
    name: text("name").notNull(),
    /** The subscribed address for `ics-url`; a secret (it grants read access), so it is never sent back whole. */
    url: text("url"),
    lastSyncedAt: timestamp("last_synced_at", { withTimezone: true }),
    lastError: text("last_error"),
    busyCount: integer("busy_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [index("calendar_source_user_idx").on(t.userId, t.createdAt)],
);

/** Busy time expanded from a calendar source; replaced as a whole on each sync. */
export const calendarBusyBlock = pgTable(
  "calendar_busy_block",
  {
    id: text("id").primaryKey(),
    sourceId: text("source_id")
      .notNull()
      .references(() => calendarSource.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    startAt: timestamp("start_at", { withTimezone: true }).notNull(),
    endAt: timestamp("end_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("calendar_busy_block_user_idx").on(t.userId, t.startAt),
    index("calendar_busy_block_source_idx").on(t.sourceId),
  ],
);

/**
 * One interview for an application. `held` is a short reservation while a candidate confirms; the iCalendar UID
 * stays fixed for invitations while `sequence` goes up on each reschedule and on cancellation.
 */
export const interview = pgTable(
  "interview",
  {
    id: text("id").primaryKey(),
    applicationId: text("application_id")
      .notNull()
      .references(() => application.id, { onDelete: "cascade" }),
    jobId: text("job_id")
      .notNull()
      .references(() => job.id, { onDelete: "cascade" }),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    startAt: timestamp("start_at", { withTimezone: true }).notNull(),
    endAt: timestamp("end_at", { withTimezone: true }).notNull(),
    status: text("status", { enum: ["held", "confirmed", "cancelled"] }).notNull(),
    holdExpiresAt: timestamp("hold_expires_at", { withTimezone: true }),
    icalUid: text("ical_uid").notNull(),
    sequence: integer("sequence").notNull().default(0),
    videoLink: text("video_link"),
    round: integer("round").notNull().default(1),
    /** The candidate's zone, so invitations and reminders name times the way the candidate reads them. */
    candidateTimeZone: text("candidate_time_zone").notNull(),
    bufferBeforeMinutes: integer("buffer_before_minutes").notNull().default(0),
    bufferAfterMinutes: integer("buffer_after_minutes").notNull().default(0),
    reminderOffsetsMinutes: jsonb("reminder_offsets_minutes").$type<number[]>().notNull().default([1440, 60]),
    /** Sessions of one multi-session loop share this id; they are booked, moved and cancelled together. */
    loopId: text("loop_id"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    uniqueIndex("interview_ical_uid_uidx").on(t.icalUid),
    index("interview_org_start_idx").on(t.organizationId, t.startAt),
    index("interview_application_idx").on(t.applicationId, t.startAt),
    index("interview_loop_idx").on(t.loopId),
  ],
);

/**
 * A candidate's link to move or cancel an interview without signing in, sent with each invitation. Only the
 * sha-256 of the token is kept; it stops working once the interview is over or cancelled.
 */
export const interviewLink = pgTable(
  "interview_link",
  {
    id: text("id").primaryKey(),
    interviewId: text("interview_id")
      .notNull()
      .references(() => interview.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    uniqueIndex("interview_link_token_hash_uidx").on(t.tokenHash),
    index("interview_link_interview_idx").on(t.interviewId),
  ],
);

/**
 * Who takes part. `blocked` is the time this interview keeps the participant busy, buffers included; the
 * migration adds `EXCLUDE USING gist (user_id WITH =, blocked WITH &&) WHERE (active)`, so two active
 * interviews of one person can never overlap, whatever races the API loses.
 */
export const interviewParticipant = pgTable(
  "interview_participant",
  {
    interviewId: text("interview_id")
      .notNull()
      .references(() => interview.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["interviewer", "candidate"] }).notNull(),
    required: boolean("required").notNull().default(true),
    response: text("response", { enum: ["needs-action", "accepted", "declined"] })
      .notNull()
      .default("needs-action"),
    blocked: tstzrange("blocked").notNull(),
    active: boolean("active").notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.interviewId, t.userId] }),
    index("interview_participant_user_idx").on(t.userId, t.active),
  ],
);

/** A link the recruiter sends so the candidate picks a time; `token` is random and the link works once. */
export const schedulingLink = pgTable(
  "scheduling_link",
  {
    id: text("id").primaryKey(),
    token: text("token").notNull(),
    applicationId: text("application_id")
      .notNull()
      .references(() => application.id, { onDelete: "cascade" }),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    panel: jsonb("panel").$type<PanelRule>().notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    windowEnd: timestamp("window_end", { withTimezone: true }).notNull(),
    bufferBeforeMinutes: integer("buffer_before_minutes").notNull().default(0),
    bufferAfterMinutes: integer("buffer_after_minutes").notNull().default(0),
    minimumNoticeMinutes: integer("minimum_notice_minutes").notNull().default(0),
    stepMinutes: integer("step_minutes").notNull().default(15),
    videoLink: text("video_link"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    interviewId: text("interview_id").references(() => interview.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    uniqueIndex("scheduling_link_token_uidx").on(t.token),
    index("scheduling_link_application_idx").on(t.applicationId),
  ],
);

/** A private iCalendar feed of a user's interviews. Only the sha-256 of the token is kept; revoking ends it. */
export const calendarFeedToken = pgTable(
  "calendar_feed_token",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("calendar_feed_token_hash_uidx").on(t.tokenHash),
    index("calendar_feed_token_user_idx").on(t.userId),
  ],
);

/** One interviewer's verdict on an interview; one per interviewer, updated in place. */
export const interviewFeedback = pgTable(
  "interview_feedback",
  {
    id: text("id").primaryKey(),
    interviewId: text("interview_id")
      .notNull()
      .references(() => interview.id, { onDelete: "cascade" }),
    authorId: text("author_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    recommendation: text("recommendation", { enum: ["strong-no", "no", "yes", "strong-yes"] }).notNull(),
    notes: text("notes").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [uniqueIndex("interview_feedback_author_uidx").on(t.interviewId, t.authorId)],
);
