import { pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { user } from "./auth";

export const candidateProfile = pgTable("candidate_profile", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  headline: text("headline").notNull().default(""),
  location: text("location").notNull().default(""),
  timezone: text("timezone").notNull().default("UTC"),
  targetRole: text("target_role").notNull().default(""),
  skills: text("skills").array().notNull().default([]),
  createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
});
