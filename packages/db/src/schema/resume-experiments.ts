import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { application } from "./hiring";
import { resume } from "./resumes";

/**
 * A public, revocable link to one resume. Each A/B variant gets its own link so views and downloads can be
 * attributed to it; the slug is random and unguessable because the page shows the owner's contact details.
 */
export const resumeShareLink = pgTable(
  "resume_share_link",
  {
    id: text("id").primaryKey(),
    resumeId: text("resume_id")
      .notNull()
      .references(() => resume.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    label: text("label").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("resume_share_link_slug_uidx").on(t.slug), index("resume_share_link_resume_idx").on(t.resumeId)],
);

/**
 * What happened to a resume out in the world: a share-link view or download, an application sent with it, or an
 * interview invitation for such an application. `visitorKey` (a salted hash, never an IP) lets repeated views by
 * one visitor count once per day; `applicationId` makes application and interview events idempotent.
 */
export const resumeEvent = pgTable(
  "resume_event",
  {
    id: text("id").primaryKey(),
    resumeId: text("resume_id")
      .notNull()
      .references(() => resume.id, { onDelete: "cascade" }),
    shareLinkId: text("share_link_id").references(() => resumeShareLink.id, { onDelete: "set null" }),
    applicationId: text("application_id").references(() => application.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["view", "download", "application", "interview"] }).notNull(),
    visitorKey: text("visitor_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    index("resume_event_resume_kind_idx").on(t.resumeId, t.kind, t.createdAt),
    uniqueIndex("resume_event_application_kind_uidx").on(t.applicationId, t.kind),
  ],
);

/** An A/B test: two or more of the owner's resumes compared on one conversion (e.g. applications → interviews). */
export const resumeExperiment = pgTable(
  "resume_experiment",
  {
    id: text("id").primaryKey(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Which step is the conversion: share-link views → applications, or applications → interview invitations. */
    goal: text("goal", { enum: ["interview", "application"] })
      .notNull()
      .default("interview"),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [index("resume_experiment_owner_idx").on(t.ownerId, t.createdAt, t.id)],
);

export const resumeExperimentVariant = pgTable(
  "resume_experiment_variant",
  {
    experimentId: text("experiment_id")
      .notNull()
      .references(() => resumeExperiment.id, { onDelete: "cascade" }),
    resumeId: text("resume_id")
      .notNull()
      .references(() => resume.id, { onDelete: "cascade" }),
    /** "A", "B", … in the order the variants were added; A is the baseline the others are compared with. */
    label: text("label").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.experimentId, t.resumeId] }),
    uniqueIndex("resume_experiment_variant_label_uidx").on(t.experimentId, t.label),
  ],
);

/**
 * A writing suggestion the candidate accepted or dismissed. Dismissed ones are not offered again for the same
 * text (`fingerprint`); accepted ones, with the ATS score before, measure whether suggestions help.
 */
export const resumeSuggestionDecision = pgTable(
  "resume_suggestion_decision",
  {
    id: text("id").primaryKey(),
    resumeId: text("resume_id")
      .notNull()
      .references(() => resume.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
    kind: text("kind", { enum: ["summary", "bullet-rewrite", "keyword-insertion", "quantification"] }).notNull(),
    fingerprint: text("fingerprint").notNull(),
    decision: text("decision", { enum: ["accepted", "dismissed"] }).notNull(),
    before: text("before").notNull().default(""),
    after: text("after").notNull().default(""),
    source: text("source", { enum: ["offline", "llm"] }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [index("resume_suggestion_decision_resume_idx").on(t.resumeId, t.fingerprint)],
);

/** One ATS analysis of a saved resume against a job description; the series shows whether the score improved. */
export const resumeAtsScore = pgTable(
  "resume_ats_score",
  {
    id: text("id").primaryKey(),
    resumeId: text("resume_id")
      .notNull()
      .references(() => resume.id, { onDelete: "cascade" }),
    /** sha-256 of the normalised job description, so scores against the same posting form one series. */
    jobDescriptionHash: text("job_description_hash").notNull(),
    score: integer("score").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [index("resume_ats_score_resume_idx").on(t.resumeId, t.jobDescriptionHash, t.createdAt)],
);
