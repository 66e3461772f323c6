import { sql } from "drizzle-orm";
import { boolean, check, index, jsonb, pgTable, primaryKey, smallint, text, timestamp } from "drizzle-orm/pg-core";
import { user } from "./auth";

/**
 * One Career Coach conversation. `facts` holds what the coach has learned in it (current role, target, location,
 * weekly hours) so it asks only once per conversation; keeping them here rather than on the profile means deleting
 * the conversation forgets them too.
 */
export const careerChatConversation = pgTable(
  "career_chat_conversation",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    facts: jsonb("facts").$type<Record<string, unknown>>().notNull().default({}),
    /** The user's 1–5 verdict on the whole conversation (the coach's satisfaction score); null until rated. */
    rating: smallint("rating"),
    ratedAt: timestamp("rated_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    index("career_chat_conversation_user_idx").on(t.userId, t.updatedAt),
    check("career_chat_conversation_rating_range", sql`${t.rating} between 1 and 5`),
  ],
);

/** A user or assistant turn; `parts` are AI SDK UI message parts (text plus tool results the web shows as cards). */
export const careerChatMessage = pgTable(
  "career_chat_message",
  {
    id: text("id").primaryKey(),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => careerChatConversation.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["user", "assistant"] }).notNull(),
    parts: jsonb("parts").$type<{ type: string; [key: string]: unknown }[]>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [index("career_chat_message_conversation_idx").on(t.conversationId, t.createdAt)],
);

/** The user's verdict on one assistant answer: the coach's success metrics (helpfulness, accepted advice). */
export const careerChatFeedback = pgTable(
  "career_chat_feedback",
  {
    messageId: text("message_id")
      .notNull()
      .references(() => careerChatMessage.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** Null when the user only accepted the recommendation without rating the answer. */
    rating: text("rating", { enum: ["up", "down"] }),
    accepted: boolean("accepted").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.userId] })],
);

/**
 * A job search plan: the situation it was built from (target role data, gaps, location, urgency, hours) and the
 * weeks of tasks, both as the engine produced them; a plan never changes after it is made, only its progress does.
 */
export const careerJobSearchPlan = pgTable(
  "career_job_search_plan",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    conversationId: text("conversation_id").references(() => careerChatConversation.id, { onDelete: "set null" }),
    targetCode: text("target_code").notNull(),
    situation: jsonb("situation").$type<Record<string, unknown>>().notNull(),
    plan: jsonb("plan").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    index("career_job_search_plan_user_idx").on(t.userId, t.createdAt),
    index("career_job_search_plan_conversation_idx").on(t.conversationId),
  ],
);

/**
 * One row per ticked task. A row per tick, rather than done flags inside the plan's JSON, lets two tabs tick
 * different tasks at the same moment without one overwriting the other.
 */
export const careerJobSearchTask = pgTable(
  "career_job_search_task",
  {
    planId: text("plan_id")
      .notNull()
      .references(() => careerJobSearchPlan.id, { onDelete: "cascade" }),
    taskId: text("task_id").notNull(),
    doneAt: timestamp("done_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.taskId] })],
);
