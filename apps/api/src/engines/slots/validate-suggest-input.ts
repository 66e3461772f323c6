import { dayMs } from "./intervals";
import type { SuggestInput, WeeklyHours } from "./slot-types";
import { isValidTimeZone } from "./zone-time";

export const maxWindowDays = 90;
export const maxDurationMinutes = 8 * 60;
const maxSessions = 6;

export interface SlotInputIssue {
  path: string;
  message: string;
}

/** Input the engine refuses, with every problem found; the API turns it into a validation problem. */
export class SlotInputError extends Error {
  constructor(readonly issues: SlotInputIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join("; "));
    this.name = "SlotInputError";
  }
}

const clock = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** Minutes since midnight of "HH:mm"; undefined when malformed. */
export function clockMinutes(text: string): number | undefined {
  const match = clock.exec(text);
  if (!match) return undefined;
  return match[1] === undefined ? 24 * 60 : Number(match[1]) * 60 + Number(match[2]);
}

function checkHours(hours: WeeklyHours | undefined, path: string, issues: SlotInputIssue[]) {
  for (const [day, ranges] of Object.entries(hours ?? {})) {
    if (!["mon", "tue", "wed", "thu", "fri", "sat", "sun"].includes(day)) {
      issues.push({ path: `${path}.${day}`, message: "is not a weekday (mon … sun)" });
    }
    for (const [i, range] of (ranges ?? []).entries()) checkRange(range, `${path}.${day}[${i}]`, issues);
  }
}

function checkRange(range: { start: string; end: string }, path: string, issues: SlotInputIssue[]) {
  const start = clockMinutes(range.start);
  const end = clockMinutes(range.end);
  if (start === undefined || end === undefined) issues.push({ path, message: "times must be HH:mm (00:00–24:00)" });
  else if (end <= start) issues.push({ path, message: `ends (${range.end}) before it starts (${range.start})` });
}

function checkZone(zone: string, path: string, issues: SlotInputIssue[]) {
  if (!isValidTimeZone(zone)) issues.push({ path, message: `"${zone}" is not an IANA time zone` });
}

/** Throws a SlotInputError listing every problem of the input; returns nothing when it is usable. */
export function validateSuggestInput({ participants, busy, request }: SuggestInput): void {
  const issues: SlotInputIssue[] = [];
  const byId = new Map(participants.map((p) => [p.id, p]));
  if (byId.size !== participants.length) issues.push({ path: "participants", message: "ids must be unique" });
  if (participants.filter((p) => p.role === "candidate").length > 1) {
    issues.push({ path: "participants", message: "at most one candidate" });
  }
  participants.forEach((p, i) => {
    const path = `participants[${i}]`;
    checkZone(p.timeZone, `${path}.timeZone`, issues);
    checkHours(p.workingHours, `${path}.workingHours`, issues);
    checkHours(p.preferences?.preferredHours, `${path}.preferences.preferredHours`, issues);
    checkHours(p.preferences?.noMeetingBlocks, `${path}.preferences.noMeetingBlocks`, issues);
    p.dateOverrides?.forEach((o, j) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(o.date) || Number.isNaN(Date.parse(o.date))) {
        issues.push({ path: `${path}.dateOverrides[${j}].date`, message: "must be YYYY-MM-DD" });
      }
      for (const [k, r] of o.hours.entries()) checkRange(r, `${path}.dateOverrides[${j}].hours[${k}]`, issues);
    });
    if (p.role === "candidate" && p.attendance !== "required") {
      issues.push({ path: `${path}.attendance`, message: "the candidate is always required" });
    }
  });
  busy.forEach((b, i) => {
    if (!byId.has(b.participantId)) issues.push({ path: `busy[${i}].participantId`, message: "unknown participant" });
    if (!(b.end > b.start)) issues.push({ path: `busy[${i}]`, message: "end must be after start" });
  });

  const r = request;
  if (!Number.isFinite(r.windowStart) || !Number.isFinite(r.windowEnd)) {
    issues.push({ path: "request.window", message: "start and end must be instants" });
  } else if (r.windowEnd <= r.windowStart) {
    issues.push({ path: "request.windowEnd", message: "the window ends before it starts" });
  } else if (r.windowEnd - r.windowStart > maxWindowDays * dayMs) {
    issues.push({ path: "request.windowEnd", message: `the window is longer than ${maxWindowDays} days` });
  }
  checkZone(r.candidateTimeZone, "request.candidateTimeZone", issues);
  if (r.alignTimeZone !== undefined) checkZone(r.alignTimeZone, "request.alignTimeZone", issues);
  for (const key of ["bufferBeforeMinutes", "bufferAfterMinutes", "minimumNoticeMinutes"] as const) {
    if (!Number.isInteger(r[key]) || r[key] < 0) issues.push({ path: `request.${key}`, message: "must be ≥ 0" });
  }
  if (!Number.isInteger(r.stepMinutes) || r.stepMinutes < 5 || r.stepMinutes > 240) {
    issues.push({ path: "request.stepMinutes", message: "must be a whole number of minutes from 5 to 240" });
  }
  if (r.sessions.length === 0 || r.sessions.length > maxSessions) {
    issues.push({ path: "request.sessions", message: `1 to ${maxSessions} sessions` });
  }
  r.sessions.forEach((s, i) => {
    const path = `request.sessions[${i}]`;
    if (!Number.isInteger(s.durationMinutes) || s.durationMinutes < 5 || s.durationMinutes > maxDurationMinutes) {
      issues.push({ path: `${path}.durationMinutes`, message: `must be 5 to ${maxDurationMinutes} minutes (8 h)` });
    }
    const ids = s.panel.interviewerIds;
    if (ids.length === 0) issues.push({ path: `${path}.panel`, message: "names no interviewers" });
    ids.forEach((id, j) => {
      const p = byId.get(id);
      if (p?.role !== "interviewer") {
        issues.push({ path: `${path}.panel.interviewerIds[${j}]`, message: `"${id}" is not an interviewer` });
      } else if (p.attendance === "optional") {
        issues.push({
          path: `${path}.panel.interviewerIds[${j}]`,
          message: `"${id}" is optional; panels are required`,
        });
      }
    });
    if (
      s.panel.kind === "pool" &&
      (!Number.isInteger(s.panel.count) || s.panel.count < 1 || s.panel.count > ids.length)
    ) {
      issues.push({ path: `${path}.panel.count`, message: `must be 1 to ${ids.length}` });
    }
    const gap = s.breakBefore;
    if (gap && (gap.minMinutes < 0 || (gap.maxMinutes !== undefined && gap.maxMinutes < gap.minMinutes))) {
      issues.push({ path: `${path}.breakBefore`, message: "needs 0 ≤ minMinutes ≤ maxMinutes" });
    }
    if (gap?.maxMinutes !== undefined && gap.maxMinutes > 7 * 24 * 60) {
      issues.push({ path: `${path}.breakBefore.maxMinutes`, message: "at most 7 days" });
    }
  });
  if (issues.length > 0) throw new SlotInputError(issues);
}
