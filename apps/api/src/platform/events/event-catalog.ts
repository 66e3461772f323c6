/**
 * Every event type the services record in the append-only `event` table, with the feature it belongs to. The
 * success metrics (modules/metrics) read only these names, so a rename here is a rename there; a new type is
 * added here first.
 *
 * Conventions: `subjectId` is what the event is about (named per type below); `actorId` is the signed-in user who
 * caused it (null for anonymous visitors, who carry a `visitorKey` instead). Each type's properties are typed in
 * `EventProperties` below, which record-event.ts checks at compile time.
 */
export const eventCatalog = {
  // platform — "active users" are distinct actors with any event in the period
  // no subject: the actor is the user who signed in (a subject would put sign-ins among every per-user lookup)
  "account.signed_in": { feature: "platform", subject: "none" },
  "profile.completed": { feature: "video_portfolio", subject: "user" },

  // career coach
  "coach.conversation_started": { feature: "career_coach", subject: "conversation" },
  "coach.message_sent": { feature: "career_coach", subject: "conversation" },
  "coach.outcome_shown": { feature: "career_coach", subject: "conversation" },
  "coach.recommendation_accepted": { feature: "career_coach", subject: "conversation" },
  "coach.feedback": { feature: "career_coach", subject: "conversation" },

  // video & portfolio
  "video.uploaded": { feature: "video_portfolio", subject: "video" },
  "video.processed": { feature: "video_portfolio", subject: "video" },
  "video.failed": { feature: "video_portfolio", subject: "video" },
  "portfolio.view": { feature: "video_portfolio", subject: "portfolio owner" },
  "portfolio.video_play": { feature: "video_portfolio", subject: "portfolio owner" },
  "portfolio.video_complete": { feature: "video_portfolio", subject: "portfolio owner" },
  "portfolio.link_click": { feature: "video_portfolio", subject: "portfolio owner" },

  // scheduling — a proposal is a self-scheduling link sent or a set of suggested slots offered for one application
  "scheduling.proposed": { feature: "scheduling", subject: "proposal" },
  "scheduling.booked": { feature: "scheduling", subject: "proposal" },
  "scheduling.rescheduled": { feature: "scheduling", subject: "interview" },
  "scheduling.cancelled": { feature: "scheduling", subject: "interview" },
  // one per interview: a re-rating updates the row (properties and time) instead of appending
  "scheduling.rated": { feature: "scheduling", subject: "interview" },

  // resume builder
  "resume.created": { feature: "resume_builder", subject: "resume" },
  "resume.analysed": { feature: "resume_builder", subject: "resume" },
  "resume.exported": { feature: "resume_builder", subject: "resume" },
  "resume.suggestion_drafted": { feature: "resume_builder", subject: "resume" },
  "application.submitted": { feature: "resume_builder", subject: "application" },
  "application.stage_changed": { feature: "resume_builder", subject: "application" },
} as const satisfies Record<string, { feature: EventFeature; subject: string }>;

export type EventFeature = "platform" | "career_coach" | "video_portfolio" | "scheduling" | "resume_builder";
export type EventType = keyof typeof eventCatalog;

export interface EventProperties {
  "account.signed_in": { role: string };
  "profile.completed": { fields: string[] };
  "coach.conversation_started": Record<string, never>;
  "coach.message_sent": Record<string, never>;
  "coach.outcome_shown": { tool: string; messageId: string };
  "coach.recommendation_accepted": { messageId: string };
  /** Without a messageId: the conversation's 1–5 rating, one row per conversation kept at its latest value. */
  "coach.feedback": { messageId?: string; thumbs: "up" | "down" | null; rating: number | null };
  "video.uploaded": { bytes: number };
  /** ratio = processing time ÷ clip length */
  "video.processed": { durationMs: number; processingMs: number; ratio: number };
  "video.failed": { code: string };
  "portfolio.view": { viewerRole?: string };
  "portfolio.video_play": { viewerRole?: string };
  "portfolio.video_complete": { viewerRole?: string };
  "portfolio.link_click": { target: string; contact: boolean; viewerRole?: string };
  "scheduling.proposed": { applicationId?: string; kind: "link" | "suggested_slots" };
  /** proposedAt: ISO time of the proposal the booking answered; null (and no subject) when the team booked directly. */
  "scheduling.booked": { interviewId: string; proposedAt: string | null; applicationId?: string };
  "scheduling.rescheduled": { by: SchedulingActor };
  "scheduling.cancelled": { by: SchedulingActor };
  "scheduling.rated": { rating: number; comment?: string };
  "resume.created": { source: "blank" | "import" | "copy" };
  "resume.analysed": { score: number };
  "resume.exported": { format: "pdf" | "docx" | "json" };
  "resume.suggestion_drafted": Record<string, never>;
  "application.submitted": { resumeId?: string; experimentId?: string; variantId?: string };
  "application.stage_changed": { from: string; to: string; experimentId?: string; variantId?: string };
}

/** Who changed an interview: the candidate (signed in or through their link) or someone of the hiring team. */
export type SchedulingActor = "candidate" | "hiring_team";
