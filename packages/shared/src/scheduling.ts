import { z } from "zod";
import { problemSchema } from "./problem";

/** Scheduling windows and interview lengths the API accepts; longer ones are refused before any work is done. */
export const schedulingLimits = { maxWindowDays: 90, maxDurationMinutes: 8 * 60, maxInterviewers: 50 } as const;

function isTimeZone(name: string) {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZone, { message: "is not an IANA time zone (e.g. Europe/Berlin)" })
  .describe("IANA time zone, e.g. America/New_York");

/** An instant with its offset, e.g. 2026-03-10T09:00:00-04:00 or …Z. */
export const instantSchema = z.iso.datetime({ offset: true });

const clockPattern = /^(?:([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const clockMinutes = (text: string) =>
  text === "24:00" ? 1440 : Number(text.slice(0, 2)) * 60 + Number(text.slice(3));

export const clockRangeSchema = z
  .object({
    start: z.string().regex(clockPattern, "must be HH:mm"),
    end: z.string().regex(clockPattern, "must be HH:mm (24:00 for midnight)"),
  })
  .refine((r) => clockMinutes(r.end) > clockMinutes(r.start), { message: "ends before it starts", path: ["end"] });

const dayRanges = z.array(clockRangeSchema).max(8).optional();
export const weeklyHoursSchema = z
  .strictObject({
    mon: dayRanges,
    tue: dayRanges,
    wed: dayRanges,
    thu: dayRanges,
    fri: dayRanges,
    sat: dayRanges,
    sun: dayRanges,
  })
  .describe("Local wall-clock ranges per weekday; a weekday left out has none");

const instantRange = z
  .object({ start: instantSchema, end: instantSchema })
  .refine((r) => Date.parse(r.end) > Date.parse(r.start), { message: "ends before it starts", path: ["end"] });

export const availabilityInputSchema = z.object({
  timeZone: timeZoneSchema,
  weeklyHours: weeklyHoursSchema,
  dateOverrides: z
    .array(z.object({ date: z.iso.date(), hours: z.array(clockRangeSchema).max(8) }))
    .max(366)
    .default([])
    .describe("Replace the weekly hours on one local date; `hours: []` blocks the day (holiday)"),
  outOfOffice: z.array(instantRange).max(200).default([]),
  preferences: z
    .object({ preferredHours: weeklyHoursSchema.optional(), noMeetingBlocks: weeklyHoursSchema.optional() })
    .default({}),
  limits: z
    .object({
      maxPerDay: z.int().min(0).max(50).optional(),
      maxPerWeek: z.int().min(0).max(200).optional(),
      maxMinutesPerDay: z.int().min(0).max(1440).optional(),
      maxMinutesPerWeek: z.int().min(0).max(10080).optional(),
    })
    .default({})
    .describe("Counted on the user's own local days and ISO weeks"),
});
export type AvailabilityInput = z.infer<typeof availabilityInputSchema>;

export const availabilitySchema = availabilityInputSchema.extend({
  configured: z.boolean().describe("False until the user saves availability; the defaults are shown then"),
  updatedAt: z.string().nullable(),
});
export type Availability = z.infer<typeof availabilitySchema>;

const minutes = (max: number) => z.int().min(0).max(max);

/** Who meets: the application names the candidate; interviewers must be members of the job's employer. */
const panelFields = {
  applicationId: z.string().min(1).max(100),
  interviewerIds: z.array(z.string().min(1).max(100)).min(1).max(schedulingLimits.maxInterviewers),
  optionalInterviewerIds: z
    .array(z.string().min(1).max(100))
    .max(10)
    .default([])
    .describe("Join when free, never block a slot (e.g. a trainee)"),
  panelCount: z
    .int()
    .min(1)
    .optional()
    .describe("Any `panelCount` of the interviewers (least loaded first); absent means all of them"),
};

const slotRuleFields = {
  durationMinutes: z.int().min(5).max(schedulingLimits.maxDurationMinutes),
  bufferBeforeMinutes: minutes(240).default(0),
  bufferAfterMinutes: minutes(240).default(0),
  minimumNoticeMinutes: minutes(60 * 24 * 30).default(0),
  stepMinutes: z.int().min(5).max(240).default(15),
  candidateTimeZone: timeZoneSchema.optional().describe("Defaults to the candidate's saved zone, else UTC"),
};

const windowRule = (value: { windowStart: string; windowEnd: string }, ctx: z.RefinementCtx) => {
  const span = Date.parse(value.windowEnd) - Date.parse(value.windowStart);
  if (span <= 0) ctx.addIssue({ code: "custom", path: ["windowEnd"], message: "ends before it starts" });
  else if (span > schedulingLimits.maxWindowDays * 86_400_000) {
    ctx.addIssue({
      code: "custom",
      path: ["windowEnd"],
      message: `window is longer than ${schedulingLimits.maxWindowDays} days`,
    });
  }
};

const panelRule = (value: { interviewerIds: string[]; panelCount?: number }, ctx: z.RefinementCtx) => {
  if (new Set(value.interviewerIds).size !== value.interviewerIds.length) {
    ctx.addIssue({ code: "custom", path: ["interviewerIds"], message: "lists someone twice" });
  }
  if (value.panelCount !== undefined && value.panelCount > value.interviewerIds.length) {
    ctx.addIssue({ code: "custom", path: ["panelCount"], message: "is larger than the number of interviewers" });
  }
};

export const suggestRequestSchema = z
  .object({
    ...panelFields,
    ...slotRuleFields,
    windowStart: instantSchema,
    windowEnd: instantSchema,
    maxResults: z.int().min(1).max(50).default(10),
  })
  .superRefine(windowRule)
  .superRefine(panelRule);
export type SuggestRequest = z.infer<typeof suggestRequestSchema>;

export const suggestedSlotSchema = z.object({
  start: z.string().describe("ISO 8601 with the candidate's offset"),
  end: z.string(),
  score: z.number(),
  interviewers: z.array(z.string()),
  reasons: z.array(z.string()),
});
export type SuggestedSlot = z.infer<typeof suggestedSlotSchema>;

export const noSlotReasonSchema = z.object({
  code: z.string(),
  message: z.string(),
  participantId: z.string().optional(),
});

export const suggestResponseSchema = z.object({
  candidateTimeZone: z.string(),
  slots: z.array(suggestedSlotSchema),
  noSlotReasons: z.array(noSlotReasonSchema),
});
export type SuggestResponse = z.infer<typeof suggestResponseSchema>;

/** A booking that lost to another one: the same problem+json plus the best slots still free. */
export const slotTakenProblemSchema = problemSchema.extend({ alternatives: z.array(suggestedSlotSchema).optional() });

const reminderOffsets = z
  .array(
    z
      .int()
      .min(5)
      .max(60 * 24 * 7),
  )
  .max(4)
  .default([1440, 60])
  .describe("Minutes before the start at which reminders go out");

export const bookInterviewSchema = z
  .object({
    ...panelFields,
    ...slotRuleFields,
    start: instantSchema,
    title: z.string().trim().min(1).max(200).optional(),
    videoLink: z
      .url({ protocol: /^https$/ })
      .max(500)
      .optional(),
    round: z.int().min(1).max(20).default(1),
    reminderOffsetsMinutes: reminderOffsets,
  })
  .superRefine(panelRule);
export type BookInterview = z.infer<typeof bookInterviewSchema>;

export const rescheduleInterviewSchema = z.object({ start: instantSchema });
export const respondInterviewSchema = z.object({ response: z.enum(["accepted", "declined"]) });

export const interviewParticipantSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(["interviewer", "candidate"]),
  required: z.boolean(),
  response: z.enum(["needs-action", "accepted", "declined"]),
});

export const interviewSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  jobId: z.string(),
  employerId: z.string(),
  title: z.string(),
  start: z.string(),
  end: z.string(),
  status: z.enum(["held", "confirmed", "cancelled"]),
  holdExpiresAt: z.string().nullable(),
  sequence: z.int(),
  videoLink: z.string().nullable(),
  round: z.int(),
  candidateTimeZone: z.string(),
  bufferBeforeMinutes: z.int(),
  bufferAfterMinutes: z.int(),
  participants: z.array(interviewParticipantSchema),
  calendarConflicts: z
    .array(z.string())
    .describe("Participants whose imported calendar now overlaps the interview; reschedule to resolve"),
  loopId: z.string().nullable().describe("Set on the sessions of a multi-session loop, which move and cancel together"),
});
export type Interview = z.infer<typeof interviewSchema>;

/** A response to a decline: the interview as it stands and the best slots keeping the panel. */
export const respondResultSchema = z.object({
  interview: interviewSchema,
  alternatives: z.array(suggestedSlotSchema).describe("Present after a decline: slots to reschedule to"),
});

export const interviewRangeQuerySchema = z
  .object({ from: instantSchema, to: instantSchema })
  .superRefine((value, ctx) => windowRule({ windowStart: value.from, windowEnd: value.to }, ctx));

export const calendarFeedSchema = z.object({
  url: z.string().describe("Shown once; subscribe to it in a calendar app. Rotating makes the old one stop working"),
  createdAt: z.string(),
});

/** Whether the user has a live feed; its address is never shown again after it is made. */
export const calendarFeedStatusSchema = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable().describe("When the live feed was made; null without one"),
});

export const createSchedulingLinkSchema = z
  .object({
    ...panelFields,
    ...slotRuleFields,
    windowStart: instantSchema,
    windowEnd: instantSchema,
    title: z.string().trim().min(1).max(200).optional(),
    videoLink: z
      .url({ protocol: /^https$/ })
      .max(500)
      .optional(),
    expiresInDays: z.int().min(1).max(60).default(14),
  })
  .superRefine(windowRule)
  .superRefine(panelRule);
export type CreateSchedulingLink = z.infer<typeof createSchedulingLinkSchema>;

export const schedulingLinkSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  url: z.string().describe("The page the candidate opens"),
  token: z.string(),
  expiresAt: z.string(),
  interviewId: z.string().nullable(),
});

/** The candidate's pick: held for a few minutes while they confirm, or booked. */
export const linkBookingSchema = z.object({
  start: z.string(),
  end: z.string(),
  status: z.enum(["held", "confirmed"]),
  holdExpiresAt: z.string().nullable(),
  timeZone: z.string(),
});

/** What the candidate sees behind a link: no interviewer ids, times in their zone with the zone named. */
export const publicSchedulingLinkSchema = z.object({
  title: z.string(),
  expiresAt: z.string(),
  employerName: z.string(),
  durationMinutes: z.int(),
  timeZone: z.string(),
  slots: z.array(z.object({ start: z.string(), end: z.string() })),
  bookedInterview: linkBookingSchema.nullable(),
});

export const publicLinkQuerySchema = z.object({
  timeZone: timeZoneSchema.optional().describe("Show times in this zone; defaults to the candidate's saved zone"),
});

export const bookFromLinkSchema = z.object({
  start: instantSchema,
  timeZone: timeZoneSchema.optional().describe("The candidate's zone, remembered for invitations and reminders"),
});

/** One session of a loop: its own length, panel and break after the session before it. */
const loopSessionSchema = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    durationMinutes: slotRuleFields.durationMinutes,
    breakBeforeMinutes: minutes(24 * 60)
      .default(0)
      .describe("Break after the previous session; ignored on the first"),
    interviewerIds: panelFields.interviewerIds,
    panelCount: panelFields.panelCount,
  })
  .superRefine(panelRule);

const { durationMinutes: _singleDuration, ...loopRuleFields } = slotRuleFields;
const loopFields = {
  applicationId: panelFields.applicationId,
  optionalInterviewerIds: panelFields.optionalInterviewerIds,
  sessions: z.array(loopSessionSchema).min(2).max(6),
  ...loopRuleFields,
};

export const suggestLoopRequestSchema = z
  .object({
    ...loopFields,
    windowStart: instantSchema,
    windowEnd: instantSchema,
    maxResults: z.int().min(1).max(50).default(10),
  })
  .superRefine(windowRule);
export type SuggestLoopRequest = z.infer<typeof suggestLoopRequestSchema>;

export const suggestedLoopSchema = suggestedSlotSchema.extend({
  sessions: z.array(
    z.object({
      start: z.string(),
      end: z.string(),
      interviewers: z.array(z.string()),
      optionalInterviewers: z.array(z.string()),
    }),
  ),
});

export const suggestLoopResponseSchema = z.object({
  candidateTimeZone: z.string(),
  slots: z.array(suggestedLoopSchema),
  noSlotReasons: z.array(noSlotReasonSchema),
});

export const bookLoopSchema = z.object({
  ...loopFields,
  start: instantSchema.describe("Start of the first session; the others follow after their shortest breaks"),
  title: z.string().trim().min(1).max(200).optional(),
  videoLink: z
    .url({ protocol: /^https$/ })
    .max(500)
    .optional(),
  round: z.int().min(1).max(20).default(1),
  reminderOffsetsMinutes: reminderOffsets,
});
export type BookLoop = z.infer<typeof bookLoopSchema>;

export const interviewLoopSchema = z.object({
  loopId: z.string(),
  interviews: z.array(interviewSchema).describe("The sessions, in order"),
});

/** A loop that lost to another booking: the problem plus the best loops still free. */
export const loopTakenProblemSchema = problemSchema.extend({ alternatives: z.array(suggestedLoopSchema).optional() });

/** An interview as the candidate's reschedule/cancel link shows it: times in their zone, no interviewer ids. */
export const linkedInterviewSchema = z.object({
  title: z.string(),
  employerName: z.string(),
  start: z.string().describe("ISO 8601 with the offset of timeZone"),
  end: z.string(),
  timeZone: z.string(),
  status: z.enum(["confirmed", "cancelled"]),
  videoLink: z.string().nullable(),
  sessions: z
    .array(z.object({ title: z.string(), start: z.string(), end: z.string() }))
    .describe("The sessions of a loop, which move and cancel together; one entry for a single interview"),
});

export const interviewLinkViewSchema = z.object({
  interview: linkedInterviewSchema,
  alternatives: z
    .array(z.object({ start: z.string(), end: z.string() }))
    .describe("Times the same panel can move to, best first, in timeZone"),
});

export const rescheduleFromLinkSchema = z.object({ start: instantSchema });
export const cancelFromLinkSchema = z.object({
  reason: z.string().trim().max(1000).default("").describe("Passed on to the hiring team"),
});

export const feedbackInputSchema = z.object({
  recommendation: z.enum(["strong-no", "no", "yes", "strong-yes"]),
  notes: z.string().trim().max(5_000).default(""),
});
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;
export const feedbackSchema = feedbackInputSchema.extend({
  interviewId: z.string(),
  authorId: z.string(),
  updatedAt: z.string(),
});

export const nextRoundSuggestionSchema = z.object({
  applicationId: z.string(),
  previousInterviewId: z.string().nullable(),
  round: z.int(),
  interviewerIds: z.array(z.string()),
  suggestions: suggestResponseSchema,
});

/** Busy time from the team's imported calendars, for the week view: when, never what. */
export const teamBusySchema = z.object({
  items: z.array(z.object({ userId: z.string(), start: z.string(), end: z.string() })),
});

export const calendarSourceSchema = z.object({
  id: z.string(),
  kind: z.enum(["ics-upload", "ics-url", "google", "microsoft"]),
  name: z.string(),
  urlHost: z.string().nullable().describe("Host of a subscribed URL; the full address is a secret and not shown"),
  busyCount: z.int(),
  lastSyncedAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
});
export type CalendarSource = z.infer<typeof calendarSourceSchema>;

export const myCalendarsSchema = z.object({
  items: z.array(calendarSourceSchema),
  connectable: z
    .object({ google: z.boolean(), microsoft: z.boolean() })
    .describe("Providers whose OAuth keys this server has, so their calendars can be connected"),
});

export const calendarUploadMaxChars = 2 * 1024 * 1024;
export const uploadCalendarSchema = z.object({
  name: z.string().trim().min(1).max(120).default("Uploaded calendar"),
  ics: z.string().min(1).max(calendarUploadMaxChars).describe("The iCalendar text (.ics); at most 2 MB"),
});

export const subscribeCalendarSchema = z.object({
  name: z.string().trim().min(1).max(120).default("Subscribed calendar"),
  url: z
    .string()
    .max(2_000)
    .refine((text) => /^(https?|webcal):\/\//i.test(text) && URL.canParse(text), {
      message: "must be an https:// or webcal:// URL",
    })
    .describe("The calendar's secret address (https:// or webcal://); private network addresses are refused"),
});

/**
 * Scopes to request when linking a provider for calendar access (better-auth `linkSocial({ provider, scopes })`);
 * only free/busy is read, never event details.
 */
export const externalCalendarScopes = {
  google: ["https://www.googleapis.com/auth/calendar.freebusy"],
  microsoft: ["Calendars.Read", "offline_access"],
} as const;

export const connectCalendarSchema = z.object({
  provider: z.enum(["google", "microsoft"]).describe("A provider already linked with externalCalendarScopes"),
});
