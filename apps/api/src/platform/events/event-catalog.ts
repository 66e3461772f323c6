/**
 * Every event type the services record in the append-only `event` table, with the feature it belongs to. The
 * success metrics (modules/metrics) read only these names, so a rename here is a rename there; a new type is
 * added here first.
 *
 * Conventions: `subjectId` is what the event is about (named per type below); `actorId` is the signed-in user who
 * caused it (null for anonymous visitors, who carry a `visitorKey` instead).
 */
export const eventCatalog = {
  // platform — "active users" are distinct actors with any event in the period
  // no subject: the actor is the user who signed in (a subject would put sign-ins among every per-user lookup)
  "account.signed_in": { feature: "platform", subject: "none", properties: "{ role }" },
  "profile.completed": { feature: "video_portfolio", subject: "user", properties: "{ fields: string[] }" },

  // career coach
  "coach.conversation_started": { feature: "career_coach", subject: "conversation", properties: "{}" },
  "coach.message_sent": { feature: "career_coach", subject: "conversation", properties: "{}" },
  "coach.outcome_shown": { feature: "career_coach", subject: "conversation", properties: "{ tool, messageId }" },
  "coach.recommendation_accepted": { feature: "career_coach", subject: "conversation", properties: "{ messageId }" },
  "coach.feedback": {
    feature: "career_coach",
    subject: "conversation",
    properties: "{ messageId, thumbs: 'up' | 'down' | null, rating: 1-5 | null }",
  },

  // video & portfolio
  "video.uploaded": { feature: "video_portfolio", subject: "video", properties: "{ bytes }" },
  "video.processed": {
    feature: "video_portfolio",
    subject: "video",
    properties: "{ durationMs, processingMs, ratio (processing ÷ duration) }",
  },
  "video.failed": { feature: "video_portfolio", subject: "video", properties: "{ code }" },
  "portfolio.view": { feature: "video_portfolio", subject: "portfolio owner", properties: "{ viewerRole? }" },
  "portfolio.video_play": { feature: "video_portfolio", subject: "portfolio owner", properties: "{ viewerRole? }" },
  "portfolio.video_complete": {
    feature: "video_portfolio",
    subject: "portfolio owner",
    properties: "{ viewerRole? }",
  },
  "portfolio.link_click": {
    feature: "video_portfolio",
    subject: "portfolio owner",
    properties: "{ target, contact: boolean, viewerRole? }",
  },

  // scheduling — a proposal is a self-scheduling link sent or a set of suggested slots offered for one application
  "scheduling.proposed": { feature: "scheduling", subject: "proposal", properties: "{ applicationId?, kind }" },
  "scheduling.booked": {
    feature: "scheduling",
    subject: "proposal",
    properties: "{ interviewId, proposedAt (ISO), applicationId? }",
  },
  "scheduling.rescheduled": { feature: "scheduling", subject: "interview", properties: "{ by }" },
  "scheduling.cancelled": { feature: "scheduling", subject: "interview", properties: "{ by }" },
  // one per interview: a re-rating updates the row (properties and time) instead of appending
  "scheduling.rated": { feature: "scheduling", subject: "interview", properties: "{ rating: 1-5, comment? }" },

  // resume builder
  "resume.created": {
    feature: "resume_builder",
    subject: "resume",
    properties: "{ source: 'blank' | 'import' | 'copy' }",
  },
  "resume.analysed": { feature: "resume_builder", subject: "resume", properties: "{ score: 0-100 }" },
  "resume.exported": {
    feature: "resume_builder",
    subject: "resume",
    properties: "{ format: 'pdf' | 'docx' | 'json' }",
  },
  "resume.suggestion_drafted": { feature: "resume_builder", subject: "resume", properties: "{}" },
  "application.submitted": {
    feature: "resume_builder",
    subject: "application",
    properties: "{ resumeId?, experimentId?, variantId? }",
  },
  "application.stage_changed": {
    feature: "resume_builder",
    subject: "application",
    properties: "{ from, to, experimentId?, variantId? }",
  },
} as const satisfies Record<string, { feature: EventFeature; subject: string; properties: string }>;

export type EventFeature = "platform" | "career_coach" | "video_portfolio" | "scheduling" | "resume_builder";
export type EventType = keyof typeof eventCatalog;
