import { boolean, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { organization, user } from "./auth";

/**
 * A candidate's video introduction: one row per recording. Upload and processing are separate steps (a resumable
 * upload lands the raw file, a job transcodes it), so the row carries the stage it is in and what the job found.
 * The portfolio shows the newest `ready` one.
 */
export const videoIntro = pgTable(
  "video_intro",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["uploading", "processing", "ready", "failed"] })
      .notNull()
      .default("uploading"),
    /** Share of the processing job done, 0..1, for the progress bar. */
    progress: real("progress").notNull().default(0),
    sourceKey: text("source_key"),
    sourceContentType: text("source_content_type"),
    sourceBytes: integer("source_bytes"),
    videoKey: text("video_key"),
    posterKey: text("poster_key"),
    durationMs: integer("duration_ms"),
    width: integer("width"),
    height: integer("height"),
    /** Findings of the quality checks (dark, quiet, clipping, silence, frozen, black) as tips for the candidate. */
    qualityTips: jsonb("quality_tips").$type<unknown[]>().notNull().default([]),
    /** Why processing failed, as a problem the UI can show. */
    failure: jsonb("failure").$type<{ code: string; message: string }>(),
    /** Captions the candidate wrote or edited, as WebVTT. */
    captionsVtt: text("captions_vtt"),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
    processedAt: timestamp("processed_at", { withTimezone: true }),
  },
  (t) => [index("video_intro_user_idx").on(t.userId, t.createdAt)],
);

/**
 * The public face of a candidate: handle, theme, visibility and links. Unlisted pages are reached through a
 * random token in the URL; private ones only by their owner.
 */
export const portfolio = pgTable(
  "portfolio",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => user.id, { onDelete: "cascade" }),
    /** Lower-case, unique; the `/p/{handle}` address. */
    handle: text("handle").notNull(),
    theme: text("theme", { enum: ["minimal", "developer", "designer", "executive"] })
      .notNull()
      .default("minimal"),
    visibility: text("visibility", { enum: ["public", "unlisted", "private"] })
      .notNull()
      .default("private"),
    unlistedToken: text("unlisted_token").notNull(),
    bio: text("bio").notNull().default(""),
    githubUsername: text("github_username"),
    linkedinUrl: text("linkedin_url"),
    websiteUrl: text("website_url"),
    /** Public GitHub figures fetched by a job (repos, stars, followers, top languages), cached here. */
    githubStats: jsonb("github_stats").$type<Record<string, unknown>>(),
    githubFetchedAt: timestamp("github_fetched_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    uniqueIndex("portfolio_handle_uidx").on(t.handle),
    uniqueIndex("portfolio_unlisted_uidx").on(t.unlistedToken),
  ],
);

export const portfolioProject = pgTable(
  "portfolio_project",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    title: text("title").notNull(),
    role: text("role").notNull().default(""),
    startDate: text("start_date"),
    endDate: text("end_date"),
    /** Markdown as written; rendered without raw HTML on the way out. */
    description: text("description").notNull().default(""),
    tags: text("tags").array().notNull().default([]),
    links: jsonb("links").$type<{ label: string; url: string }[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [index("portfolio_project_user_idx").on(t.userId, t.position)],
);

/**
 * An uploaded file shown on the portfolio: a project's gallery image, video or PDF, or (without a project) a work
 * sample. Stored re-encoded (images) or as sniffed; `previewKey` is a thumbnail (image) or first page (PDF).
 */
export const portfolioMedia = pgTable(
  "portfolio_media",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    projectId: text("project_id").references(() => portfolioProject.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["image", "video", "pdf"] }).notNull(),
    position: integer("position").notNull().default(0),
    title: text("title").notNull().default(""),
    caption: text("caption").notNull().default(""),
    storageKey: text("storage_key").notNull(),
    previewKey: text("preview_key"),
    contentType: text("content_type").notNull(),
    bytes: integer("bytes").notNull(),
    width: integer("width"),
    height: integer("height"),
    pageCount: integer("page_count"),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    index("portfolio_media_user_idx").on(t.userId, t.position),
    index("portfolio_media_project_idx").on(t.projectId),
  ],
);

/** A code highlight: the source as written and its Shiki rendering, cached because highlighting costs ~ms. */
export const portfolioSnippet = pgTable(
  "portfolio_snippet",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    projectId: text("project_id").references(() => portfolioProject.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    title: text("title").notNull().default(""),
    language: text("language").notNull(),
    code: text("code").notNull(),
    highlightLines: integer("highlight_lines").array().notNull().default([]),
    html: text("html").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [index("portfolio_snippet_user_idx").on(t.userId, t.position)],
);

/**
 * A testimonial from a colleague: requested by email with a one-time link (only its hash is kept), written by the
 * colleague, shown only once the candidate approves it.
 */
export const testimonial = pgTable(
  "testimonial",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    authorName: text("author_name").notNull(),
    authorEmail: text("author_email").notNull(),
    relationship: text("relationship").notNull().default(""),
    message: text("message").notNull().default(""),
    tokenHash: text("token_hash"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    status: text("status", { enum: ["requested", "submitted", "approved", "hidden"] })
      .notNull()
      .default("requested"),
    body: text("body"),
    authorTitle: text("author_title"),
    requestedAt: timestamp("requested_at", { withTimezone: true }).defaultNow().notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
  },
  (t) => [index("testimonial_user_idx").on(t.userId, t.status), uniqueIndex("testimonial_token_uidx").on(t.tokenHash)],
);

/** A badge earned by a rule over real activity, with its signed Open Badges 3.0 credential. */
export const badgeAward = pgTable(
  "badge_award",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    badge: text("badge").notNull(),
    awardedAt: timestamp("awarded_at", { withTimezone: true }).defaultNow().notNull(),
    /** The credential as issued (JSON) and its compact JWS; both are served as they were signed. */
    credential: jsonb("credential").$type<Record<string, unknown>>().notNull(),
    jws: text("jws").notNull(),
    revoked: boolean("revoked").notNull().default(false),
  },
  (t) => [uniqueIndex("badge_award_user_badge_uidx").on(t.userId, t.badge)],
);

/**
 * Keys the platform signs with (Open Badges credentials). Generated on first use and shared through the database so
 * every API replica signs with the same key; `SIGNING_KEY_*` settings can supply one instead.
 */
export const signingKey = pgTable("signing_key", {
  id: text("id").primaryKey(),
  algorithm: text("algorithm").notNull(),
  publicJwk: jsonb("public_jwk").$type<Record<string, unknown>>().notNull(),
  privateJwk: jsonb("private_jwk").$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
});

/**
 * The append-only record of what happened, written by the services as it happens (never only by the client):
 * the source of the success metrics. `subject` is what the event is about (a portfolio owner, a conversation, an
 * interview…); `visitorKey` is a salted hash that lets anonymous views be counted once per visitor and day.
 */
export const event = pgTable(
  "event",
  {
    id: text("id").primaryKey(),
    actorId: text("actor_id").references(() => user.id, { onDelete: "set null" }),
    organizationId: text("organization_id").references(() => organization.id, { onDelete: "set null" }),
    feature: text("feature", {
      enum: ["platform", "career_coach", "video_portfolio", "scheduling", "resume_builder"],
    }).notNull(),
    type: text("type").notNull(),
    subjectId: text("subject_id"),
    visitorKey: text("visitor_key"),
    properties: jsonb("properties").$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    index("event_feature_time_idx").on(t.feature, t.type, t.occurredAt),
    index("event_subject_idx").on(t.subjectId, t.type, t.occurredAt),
    // The metrics read "every event of these days" (active users, the rollup job), which no index above serves.
    index("event_time_idx").on(t.occurredAt),
  ],
);
