import {
  type Availability,
  type AvailabilityInput,
  type bookInterviewSchema,
  type bookLoopSchema,
  type CalendarSource,
  type calendarFeedSchema,
  type calendarFeedStatusSchema,
  type createSchedulingLinkSchema,
  externalCalendarScopes,
  type FeedbackInput,
  type feedbackSchema,
  type Interview,
  type interviewLinkViewSchema,
  type interviewLoopSchema,
  type linkBookingSchema,
  type linkedInterviewSchema,
  type myCalendarsSchema,
  type publicSchedulingLinkSchema,
  type respondResultSchema,
  type SuggestedSlot,
  type SuggestResponse,
  type schedulingLinkSchema,
  type suggestedLoopSchema,
  type suggestLoopRequestSchema,
  type suggestLoopResponseSchema,
  type suggestRequestSchema,
  type teamBusySchema,
} from "@hirefolio/shared";
import type { z } from "zod";
import { api, type UploadOptions } from "@/lib/api-client";

export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusSchema>;
export type SchedulingLink = z.infer<typeof schedulingLinkSchema>;
export type PublicSchedulingLink = z.infer<typeof publicSchedulingLinkSchema>;
export type LinkBooking = z.infer<typeof linkBookingSchema>;
export type RespondResult = z.infer<typeof respondResultSchema>;
export type Feedback = z.infer<typeof feedbackSchema>;
export type InterviewLinkView = z.infer<typeof interviewLinkViewSchema>;
export type LinkedInterview = z.infer<typeof linkedInterviewSchema>;
export type TeamBusy = z.infer<typeof teamBusySchema>;
export type MyCalendars = z.infer<typeof myCalendarsSchema>;
export type CalendarProvider = keyof MyCalendars["connectable"];
export type SuggestedLoop = z.infer<typeof suggestedLoopSchema>;
export type SuggestLoopResponse = z.infer<typeof suggestLoopResponseSchema>;
export type InterviewLoop = z.infer<typeof interviewLoopSchema>;
export type { SuggestedSlot };

/** Request bodies as the form builds them: fields with defaults may be left out. */
export type SuggestInput = z.input<typeof suggestRequestSchema>;
export type BookInput = z.input<typeof bookInterviewSchema>;
export type CreateLinkInput = z.input<typeof createSchedulingLinkSchema>;
export type SuggestLoopInput = z.input<typeof suggestLoopRequestSchema>;
export type BookLoopInput = z.input<typeof bookLoopSchema>;

export const schedulingKeys = {
  interviews: (from: string, to: string) => ["interviews", from, to] as const,
  teamBusy: (employerId: string, from: string, to: string) => ["employers", employerId, "busy", from, to] as const,
  allInterviews: ["interviews"] as const,
  interview: (interviewId: string) => ["interviews", "detail", interviewId] as const,
  availability: ["me", "availability"] as const,
  calendars: ["me", "calendars"] as const,
  calendarFeed: ["me", "calendar-feed"] as const,
  publicLink: (token: string, timeZone: string) => ["scheduling-links", token, timeZone] as const,
  interviewLink: (token: string) => ["interview-links", token] as const,
};

export const fetchInterviews = (from: string, to: string) =>
  api.get<{ items: Interview[] }>("/api/v1/interviews", { query: { from, to } });

/** Busy time from the team's imported calendars: times only, never what the event is. */
export const fetchTeamBusy = (employerId: string, from: string, to: string) =>
  api.get<TeamBusy>(`/api/v1/employers/${employerId}/busy`, { query: { from, to } });

export const suggestSlots = (input: SuggestInput) => api.post<SuggestResponse>("/api/v1/scheduling/suggest", input);

export const bookInterview = (input: BookInput) => api.post<Interview>("/api/v1/interviews", input);

export const suggestLoop = (input: SuggestLoopInput) =>
  api.post<SuggestLoopResponse>("/api/v1/scheduling/suggest-loop", input);

export const bookLoop = (input: BookLoopInput) => api.post<InterviewLoop>("/api/v1/interview-loops", input);

export const rescheduleInterview = (interviewId: string, start: string) =>
  api.post<Interview>(`/api/v1/interviews/${interviewId}/reschedule`, { start });

export const cancelInterview = (interviewId: string) => api.post<Interview>(`/api/v1/interviews/${interviewId}/cancel`);

export const respondToInterview = (interviewId: string, response: "accepted" | "declined") =>
  api.post<RespondResult>(`/api/v1/interviews/${interviewId}/respond`, { response });

export const giveFeedback = (interviewId: string, input: FeedbackInput) =>
  api.post<Feedback>(`/api/v1/interviews/${interviewId}/feedback`, input);

export const createSchedulingLink = (input: CreateLinkInput) =>
  api.post<SchedulingLink>("/api/v1/scheduling-links", input);

export const fetchAvailability = () => api.get<Availability>("/api/v1/me/availability");

export const saveAvailability = (input: AvailabilityInput) => api.put<Availability>("/api/v1/me/availability", input);

export const fetchCalendars = () => api.get<MyCalendars>("/api/v1/me/calendars");

/** Sends the browser to the provider to grant free/busy access; it comes back to `callbackURL`. */
export const linkCalendarAccount = (provider: CalendarProvider, callbackURL: string) =>
  api.post<{ url: string; redirect: boolean }>("/api/auth/link-social", {
    provider,
    callbackURL,
    scopes: [...externalCalendarScopes[provider]],
  });

export const connectCalendar = (provider: CalendarProvider) =>
  api.post<CalendarSource>("/api/v1/me/calendars/connected", { provider });

/** A JSON body sent through the client's XHR path, which reports upload progress: a large .ics file needs it. */
const jsonBlob = (body: unknown) => new Blob([JSON.stringify(body)], { type: "application/json" });

export const uploadCalendar = (input: { name: string; ics: string }, options?: UploadOptions) =>
  api.upload<CalendarSource>("POST", "/api/v1/me/calendars/ics", jsonBlob(input), options);

export const subscribeCalendar = (input: { name: string; url: string }) =>
  api.post<CalendarSource>("/api/v1/me/calendars/subscriptions", input);

export const syncCalendar = (calendarId: string) => api.post<CalendarSource>(`/api/v1/me/calendars/${calendarId}/sync`);

export const deleteCalendar = (calendarId: string) => api.delete(`/api/v1/me/calendars/${calendarId}`);

export const fetchCalendarFeed = () => api.get<CalendarFeedStatus>("/api/v1/me/calendar-feed");

export const rotateCalendarFeed = () => api.post<CalendarFeed>("/api/v1/me/calendar-feed");

export const revokeCalendarFeed = () => api.delete("/api/v1/me/calendar-feed");

export const fetchPublicLink = (token: string, timeZone: string) =>
  api.get<PublicSchedulingLink>(`/api/v1/scheduling-links/${token}`, { query: { timeZone } });

export const holdLinkSlot = (token: string, start: string, timeZone: string) =>
  api.post<LinkBooking>(`/api/v1/scheduling-links/${token}/hold`, { start, timeZone });

export const bookLinkSlot = (token: string, start: string, timeZone: string) =>
  api.post<LinkBooking>(`/api/v1/scheduling-links/${token}/book`, { start, timeZone });

/** The candidate's reschedule/cancel link from their invitation. */
export const fetchInterviewLink = (token: string, timeZone: string) =>
  api.get<InterviewLinkView>(`/api/v1/interview-links/${token}`, { query: { timeZone } });

export const rescheduleFromLink = (token: string, start: string) =>
  api.post<LinkedInterview>(`/api/v1/interview-links/${token}/reschedule`, { start });

export const cancelFromLink = (token: string, reason: string) =>
  api.post<LinkedInterview>(`/api/v1/interview-links/${token}/cancel`, { reason });
