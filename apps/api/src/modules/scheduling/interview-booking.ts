import type { Db } from "@hirefolio/db";
import type { SuggestedSlot } from "@hirefolio/shared";
import type { SuggestInput, SuggestResult } from "../../engines/slots/slot-types";
import { suggestSlots } from "../../engines/slots/suggest-slots";
import { type SlotRejection, validateRequestedSlot } from "../../engines/slots/validate-requested-slot";
import { SlotInputError } from "../../engines/slots/validate-suggest-input";
import { HttpProblem, problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import { type InterviewExclusion, releaseExpiredHolds } from "./busy-repo";
import type { InterviewNotifier } from "./interview-jobs";
import * as repo from "./interviews-repo";
import { type ChangeRequest, type Proposal, recordBooked, recordInterviewChange } from "./scheduling-events";
import { loadSuggestInput, type Panel, type SlotRules, spanMinutes } from "./slot-inputs";

const minuteMs = 60_000;
const dayMs = 86_400_000;
/** Alternatives offered with a conflict: from a day before the asked time to two weeks after. */
const alternativesBeforeMs = dayMs;
const alternativesAfterMs = 14 * dayMs;
const alternativesCount = 5;

/** Rejections that mean someone else's time is in the way, not that the request broke a rule. */
const conflictCodes = new Set<SlotRejection["code"]>(["busy", "inside-buffer", "panel-unavailable"]);

export type BookingRules = Omit<SlotRules, "windowStart" | "windowEnd" | "maxResults">;

export interface BookingDetails {
  applicationId: string;
  jobId: string;
  employerId: string;
  title: string;
  videoLink: string | null;
  round: number;
  reminderOffsetsMinutes: number[];
  createdBy: string | null;
  /** Minutes a candidate's pick is held before it must be confirmed; absent books at once. */
  holdMinutes?: number;
  /** What the booking answers, for the success metrics; null when the team booked without proposing times. */
  proposal: Proposal;
  /** Who booked: the recruiter, or null for a candidate on a link's public page. */
  bookedBy: string | null;
}

function slotInputProblem(error: SlotInputError) {
  return problems.badRequest(
    error.message,
    error.issues.map((i) => ({ field: `body.${i.path}`, message: i.message })),
  );
}

/** Runs an engine call, turning input the engine refuses into a 400 that lists every issue. */
function engine<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SlotInputError) throw slotInputProblem(error);
    throw error;
  }
}

export function isOverlapViolation(error: unknown): boolean {
  for (let e = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23P01") return true;
  }
  return false;
}

export function slotTaken(alternatives: SuggestedSlot[]) {
  return new HttpProblem(
    409,
    "slot-taken",
    "That time is taken",
    "Someone else's interview or calendar overlaps that time (buffers included); pick one of the alternatives.",
    undefined,
    undefined,
    { alternatives },
  );
}

function notBookable(rejections: SlotRejection[]) {
  return new HttpProblem(
    422,
    "slot-not-bookable",
    "That time cannot be booked",
    rejections.map((r) => r.message).join("; "),
    rejections.map((r) => ({ field: "body.start", message: r.message })),
  );
}

/**
 * Books, moves and suggests interview times. The engine checks every rule first (so a forged request gets a
 * precise answer), and the exclusion constraint on participants' blocked ranges decides races: of concurrent
 * requests for one slot exactly one insert commits and the others get 409 with alternatives.
 */
export function createInterviewBooking(deps: { db: Db; clock: Clock; notifier: InterviewNotifier }) {
  const { db, clock, notifier } = deps;

  async function suggest(
    panel: Panel,
    rules: SlotRules,
    exclude?: InterviewExclusion,
  ): Promise<SuggestResult & { candidateTimeZone: string }> {
    const input = await loadSuggestInput(db, panel, rules, clock.now(), exclude);
    const result = engine(() => suggestSlots(input));
    return { candidateTimeZone: input.request.candidateTimeZone, ...result };
  }

  async function alternatives(panel: Panel, rules: BookingRules, start: number, exclude?: InterviewExclusion) {
    const window = { windowStart: start - alternativesBeforeMs, windowEnd: start + alternativesAfterMs };
    const result = await suggest(panel, { ...rules, ...window, maxResults: alternativesCount }, exclude);
    return result.slots;
  }

  /** Checks the requested start against every rule; returns the engine input it was checked with. */
  async function checkSlot(panel: Panel, rules: BookingRules, start: number, exclude?: InterviewExclusion) {
    const windowEnd = start + spanMinutes(rules) * minuteMs;
    const input: SuggestInput = await loadSuggestInput(
      db,
      panel,
      { ...rules, windowStart: start, windowEnd },
      clock.now(),
      exclude,
    );
    const check = engine(() => validateRequestedSlot(input, start));
    if (check.valid) return { input, slot: check.slot };
    if (check.rejections.length > 0 && check.rejections.every((r) => conflictCodes.has(r.code))) {
      throw slotTaken(await alternatives(panel, rules, start, exclude));
    }
    throw notBookable(check.rejections);
  }

  return {
    suggest,
    alternatives,
    checkSlot,

    async book(panel: Panel, rules: BookingRules, start: number, details: BookingDetails) {
      const { input, slot } = await checkSlot(panel, rules, start);
      const chosen = new Set(slot.interviewers);
      const now = clock.now();
      const row = {
        id: crypto.randomUUID(),
        applicationId: details.applicationId,
        jobId: details.jobId,
        organizationId: details.employerId,
        title: details.title,
        startAt: new Date(start),
        endAt: new Date(start + rules.durationMinutes * minuteMs),
        status: details.holdMinutes ? ("held" as const) : ("confirmed" as const),
        holdExpiresAt: details.holdMinutes ? new Date(now.getTime() + details.holdMinutes * minuteMs) : null,
        icalUid: `${crypto.randomUUID()}@hirefolio`,
        sequence: 0,
        videoLink: details.videoLink,
        round: details.round,
        candidateTimeZone: input.request.candidateTimeZone,
        bufferBeforeMinutes: rules.bufferBeforeMinutes,
        bufferAfterMinutes: rules.bufferAfterMinutes,
        reminderOffsetsMinutes: details.reminderOffsetsMinutes,
        createdBy: details.createdBy,
        createdAt: now,
        updatedAt: now,
      };
      const participants: repo.NewParticipant[] = [
        { userId: panel.candidate.id, role: "candidate", required: true },
        ...panel.interviewers
          .filter((p) => chosen.has(p.id))
          .map((p) => ({ userId: p.id, role: "interviewer" as const, required: true })),
        ...panel.optionalInterviewers
          .filter((p) => chosen.has(p.id))
          .map((p) => ({ userId: p.id, role: "interviewer" as const, required: false })),
      ];
      try {
        await db.transaction(async (tx) => {
          await releaseExpiredHolds(
            tx,
            participants.map((p) => p.userId),
            now,
          );
          await repo.insertInterview(tx, row, participants);
          if (row.status === "confirmed") await recordBooked(tx, row, details.proposal, details.bookedBy, now);
        });
      } catch (error) {
        if (isOverlapViolation(error)) throw slotTaken(await alternatives(panel, rules, start));
        throw error;
      }
      const stored = await repo.findInterview(db, row.id);
      if (!stored) throw new Error("interview was not stored");
      if (stored.status === "confirmed") await announce(stored, now);
      return stored;
    },

    /** Moves an interview to `start`, keeping its panel; SEQUENCE goes up and invitations and reminders follow. */
    async reschedule(row: repo.InterviewRow, panel: Panel, rules: BookingRules, start: number, request: ChangeRequest) {
      await checkSlot(panel, rules, start, row.id);
      const now = clock.now();
      const times = {
        startAt: new Date(start),
        endAt: new Date(start + rules.durationMinutes * minuteMs),
        bufferBeforeMinutes: row.bufferBeforeMinutes,
        bufferAfterMinutes: row.bufferAfterMinutes,
      };
      let moved = false;
      try {
        moved = await db.transaction(async (tx) => {
          await releaseExpiredHolds(
            tx,
            [panel.candidate, ...panel.interviewers, ...panel.optionalInterviewers].map((p) => p.id),
            now,
          );
          const done = await repo.moveInterview(tx, row, times, now);
          if (done) await recordInterviewChange(tx, "scheduling.rescheduled", row, request, now);
          return done;
        });
      } catch (error) {
        if (isOverlapViolation(error)) throw slotTaken(await alternatives(panel, rules, start, row.id));
        throw error;
      }
      if (!moved) throw problems.conflict("The interview changed or was cancelled meanwhile; reload and try again.");
      await notifier.cancelFollowUps(row);
      const stored = (await repo.findInterview(db, row.id))!;
      if (stored.status === "confirmed") await announce(stored, now);
      return stored;
    },

    /** Cancels the interview; giving up a hold is no cancellation for the metrics, so only a booking records one. */
    async cancel(row: repo.InterviewRow, request: ChangeRequest, reason?: string) {
      const now = clock.now();
      const cancelled = await db.transaction(async (tx) => {
        const done = await repo.cancelInterview(tx, row, now);
        if (done && row.status === "confirmed") {
          await recordInterviewChange(tx, "scheduling.cancelled", row, request, now);
        }
        return done;
      });
      if (!cancelled) {
        throw problems.conflict("The interview changed or was already cancelled; reload and try again.");
      }
      await notifier.cancelFollowUps(row);
      const stored = (await repo.findInterview(db, row.id))!;
      if (row.status === "confirmed") await notifier.sendInvitations(stored, "CANCEL", now, reason);
      return stored;
    },

    /** Confirms a held slot; the invitations and reminders start then. */
    async confirm(row: repo.InterviewRow, proposal: Proposal) {
      const now = clock.now();
      const confirmed = await db.transaction(async (tx) => {
        const done = await repo.confirmHold(tx, row.id, now);
        if (done) await recordBooked(tx, row, proposal, null, now);
        return done;
      });
      if (!confirmed) {
        throw problems.conflict("The hold on that time ran out; pick a time again.");
      }
      const stored = (await repo.findInterview(db, row.id))!;
      await announce(stored, now);
      return stored;
    },
  };

  async function announce(row: repo.InterviewRow, now: Date) {
    await notifier.sendInvitations(row, "REQUEST", now);
    await notifier.scheduleFollowUps(row, now);
  }
}

export type InterviewBooking = ReturnType<typeof createInterviewBooking>;
