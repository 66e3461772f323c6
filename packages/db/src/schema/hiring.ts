import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { organization, user } from "./auth";
import { resume } from "./resumes";

export const job = pgTable(
  "job",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull(),
    location: text("location").notNull().default(""),
    workplace: text("workplace", { enum: ["onsite", "hybrid", "remote"] })
      .notNull()
      .default("onsite"),
    salaryMin: integer("salary_min"),
    salaryMax: integer("salary_max"),
    salaryCurrency: text("salary_currency").notNull().default("USD"),
    status: text("status", { enum: ["draft", "open", "closed"] })
      .notNull()
      .default("draft"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    index("job_org_created_idx").on(t.organizationId, t.createdAt, t.id),
    index("job_status_created_idx").on(t.status, t.createdAt, t.id),
  ],
);

export const application = pgTable(
  "application",
  {
    id: text("id").primaryKey(),
    jobId: text("job_id")
      .notNull()
      .references(() => job.id, { onDelete: "cascade" }),
    candidateId: text("candidate_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    stage: text("stage", {
      enum: ["applied", "screening", "interview", "offer", "hired", "rejected", "withdrawn"],
    })
      .notNull()
      .default("applied"),
    coverNote: text("cover_note").notNull().default(""),
    /** The resume (or A/B variant) the candidate applied with; kept as history if the resume is deleted later. */
    resumeId: text("resume_id").references(() => resume.id, { onDelete: "set null" }),
    /**
     * The resume exactly as sent (title, template, JSON Resume document): recruiters read this, so later edits or
     * deleting the resume never change what an application contained.
     */
    resumeSnapshot: jsonb("resume_snapshot").$type<{
      title: string;
      templateId: string;
      document: Record<string, unknown>;
      updatedAt: string;
    }>(),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    uniqueIndex("application_job_candidate_uidx").on(t.jobId, t.candidateId),
    index("application_candidate_created_idx").on(t.candidateId, t.createdAt, t.id),
    index("application_job_created_idx").on(t.jobId, t.createdAt, t.id),
  ],
);

export const applicationStageEvent = pgTable(
  "application_stage_event",
  {
    id: text("id").primaryKey(),
    applicationId: text("application_id")
      .notNull()
      .references(() => application.id, { onDelete: "cascade" }),
    fromStage: text("from_stage"),
    toStage: text("to_stage").notNull(),
    actorId: text("actor_id").references(() => user.id, { onDelete: "set null" }),
    note: text("note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [index("application_stage_event_app_idx").on(t.applicationId, t.createdAt)],
);
