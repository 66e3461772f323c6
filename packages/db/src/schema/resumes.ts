import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { user } from "./auth";

/**
 * A candidate's resume: a JSON Resume document plus how to render it. `document` always equals the document of
 * the newest version, so reading a resume needs no join. `current_version_id` has no foreign key because the
 * resume and its first version point at each other; both are written in one transaction.
 */
export const resume = pgTable(
  "resume",
  {
    id: text("id").primaryKey(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    templateId: text("template_id").notNull(),
    document: jsonb("document").$type<Record<string, unknown>>().notNull(),
    currentVersionId: text("current_version_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [index("resume_owner_updated_idx").on(t.ownerId, t.updatedAt, t.id)],
);

/** Saved states of a resume, numbered 1, 2, 3 … per resume; quick successive saves update the newest in place. */
export const resumeVersion = pgTable(
  "resume_version",
  {
    id: text("id").primaryKey(),
    resumeId: text("resume_id")
      .notNull()
      .references(() => resume.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    name: text("name"),
    summary: text("summary").notNull().default(""),
    document: jsonb("document").$type<Record<string, unknown>>().notNull(),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    uniqueIndex("resume_version_resume_number_uidx").on(t.resumeId, t.number),
    index("resume_version_resume_created_idx").on(t.resumeId, t.createdAt, t.id),
  ],
);
