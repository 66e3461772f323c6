/**
 * Contracts of the slot engine. Instants going in are UTC epoch milliseconds (the API parses ISO strings once);
 * instants coming out are ISO 8601 strings carrying the candidate's zone offset, e.g. "2026-03-10T08:00:00+05:30"
 * ("Z" when the candidate's zone is UTC itself), so a client can show them as they are.
 */

/** A local wall-clock range on one day, "HH:mm" to "HH:mm" ("24:00" ends at midnight); end after start. */
export interface ClockRange {
  start: string;
  end: string;
}

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/** Ranges per weekday in the owner's zone; a weekday left out has none. */
export type WeeklyHours = Partial<Record<Weekday, ClockRange[]>>;

/** Replaces the weekly hours on one local date: extra hours on a Saturday, or `hours: []` to block the day. */
export interface DateOverride {
  date: string;
  hours: ClockRange[];
}

export interface LoadLimits {
  maxPerDay?: number;
  maxPerWeek?: number;
  maxMinutesPerDay?: number;
  maxMinutesPerWeek?: number;
}

export interface Preferences {
  /** Soft: slots inside them score higher. For the candidate they replace the default preference for mornings. */
  preferredHours?: WeeklyHours;
  /** Hard: no interview is placed in them (focus time, lunch). */
  noMeetingBlocks?: WeeklyHours;
}

export interface Participant {
  id: string;
  name: string;
  role: "interviewer" | "candidate";
  /** An optional interviewer (a trainee) joins a session when free and never blocks it. */
  attendance: "required" | "optional";
  timeZone: string;
  /** Absent means available at any time (a candidate who has not said otherwise). */
  workingHours?: WeeklyHours;
  dateOverrides?: DateOverride[];
  outOfOffice?: { start: number; end: number }[];
  preferences?: Preferences;
  /** Counted on the participant's own local days and ISO weeks (Monday first). */
  limits?: LoadLimits;
}

/**
 * Busy time of one participant. Only `source: "interview"` (Hirefolio's own interviews) counts towards load
 * limits; calendar busy time only blocks.
 */
export interface BusyInterval {
  participantId: string;
  start: number;
  end: number;
  source: "interview" | "calendar" | "hold";
}

export type PanelRule =
  | { kind: "all"; interviewerIds: string[] }
  /** Any `count` of a qualified pool; the least loaded free interviewers are chosen. */
  | { kind: "pool"; interviewerIds: string[]; count: number };

export interface SessionRequest {
  durationMinutes: number;
  panel: PanelRule;
  /** Break after the previous session (ignored on the first): at least `min`, at most `max` (default `min`). */
  breakBefore?: { minMinutes: number; maxMinutes?: number };
}

export interface SuggestRequest {
  windowStart: number;
  windowEnd: number;
  /** One session for a single interview; several for a loop. */
  sessions: SessionRequest[];
  /** Distance kept from other busy time before and after each session (not from the edge of working hours). */
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  stepMinutes: number;
  candidateTimeZone: string;
  /** Starts fall on multiples of the step on this zone's clock; defaults to the first interviewer's zone. */
  alignTimeZone?: string;
  /** How many ranked slots to return; 10 when left out. */
  maxResults?: number;
}

export interface SuggestInput {
  participants: Participant[];
  busy: BusyInterval[];
  request: SuggestRequest;
  now: number;
}

export interface SessionAssignment {
  start: string;
  end: string;
  interviewers: string[];
  /** Optional interviewers who are free and were added. */
  optionalInterviewers: string[];
}

export interface SuggestedSlot {
  /** Start of the first session and end of the last. */
  start: string;
  end: string;
  /** 0–100, higher is better. */
  score: number;
  /** Every interviewer taking part, required and optional, in participant order. */
  interviewers: string[];
  sessions: SessionAssignment[];
  reasons: string[];
}

export type NoSlotCode =
  | "window-too-short"
  | "notice-leaves-no-time"
  | "no-working-hours"
  | "fully-busy"
  | "load-limit"
  | "no-common-time"
  | "pool-too-small";

export interface NoSlotReason {
  code: NoSlotCode;
  message: string;
  participantId?: string;
}

export interface SuggestResult {
  slots: SuggestedSlot[];
  /** Empty when slots were found. */
  noSlotReasons: NoSlotReason[];
}
