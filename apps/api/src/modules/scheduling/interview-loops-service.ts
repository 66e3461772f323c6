import type { Db } from "@hirefolio/db";
import type { BookLoop, SuggestLoopRequest } from "@hirefolio/shared";
import type { SessionRequest } from "../../engines/slots/slot-types";
import type { SessionUser } from "../../http/auth-guard";
import { problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import type { SchedulingActor } from "../../platform/events/event-catalog";
import { findMembership } from "../employers/employers-repo";
import { releaseExpiredHolds } from "./busy-repo";
import { type BookingRules, type InterviewBooking, isOverlapViolation, slotTaken } from "./interview-booking";
import type { InterviewNotifier } from "./interview-jobs";
import { panelOfInterview } from "./interview-panel";
import * as repo from "./interviews-repo";
import { type InterviewsService, toInterview } from "./interviews-service";
import {
  type ChangeRequest,
  openSuggestionProposal,
  recordBooked,
  recordInterviewChange,
  recordSuggestionsOffered,
} from "./scheduling-events";
import type { Panel } from "./slot-inputs";

const minuteMs = 60_000;

/** The engine's sessions of a loop request: each with its own panel rule and break after the one before. */
function sessionsOf(input: SuggestLoopRequest | BookLoop): SessionRequest[] {
  return input.sessions.map((s, i) => ({
    durationMinutes: s.durationMinutes,
    panel:
      s.panelCount === undefined
        ? { kind: "all", interviewerIds: s.interviewerIds }
        : { kind: "pool", interviewerIds: s.interviewerIds, count: s.panelCount },
    breakBefore: i > 0 ? { minMinutes: s.breakBeforeMinutes } : undefined,
  }));
}

function rulesOf(input: SuggestLoopRequest | BookLoop): BookingRules {
  const sessions = sessionsOf(input);
  return {
    durationMinutes: sessions[0]!.durationMinutes,
    sessions,
    bufferBeforeMinutes: input.bufferBeforeMinutes,
    bufferAfterMinutes: input.bufferAfterMinutes,
    minimumNoticeMinutes: input.minimumNoticeMinutes,
    stepMinutes: input.stepMinutes,
  };
}

/**
 * Moving a loop keeps its shape: every session keeps its length, its interviewers and the gap before it, and
 * the whole loop starts at the new time.
 */
function rulesOfLoop(rows: repo.InterviewRow[], people: repo.ParticipantRow[]): BookingRules {
  const sessions: SessionRequest[] = rows.map((row, i) => ({
    durationMinutes: (row.endAt.getTime() - row.startAt.getTime()) / minuteMs,
    panel: {
      kind: "all",
      interviewerIds: people
        .filter((p) => p.interviewId === row.id && p.role === "interviewer" && p.required)
        .map((p) => p.userId),
    },
    breakBefore: i > 0 ? { minMinutes: (row.startAt.getTime() - rows[i - 1]!.endAt.getTime()) / minuteMs } : undefined,
  }));
  return {
    durationMinutes: sessions[0]!.durationMinutes,
    sessions,
    bufferBeforeMinutes: rows[0]!.bufferBeforeMinutes,
    bufferAfterMinutes: rows[0]!.bufferAfterMinutes,
    minimumNoticeMinutes: 0,
    stepMinutes: 5,
  };
}

/** Everyone taking part in any session: interviewers required where they are in a session's panel. */
function panelOfLoop(rows: repo.InterviewRow[], people: repo.ParticipantRow[]): Panel {
  const ids = new Set(rows.map((r) => r.id));
  const unique = [...new Map(people.filter((p) => ids.has(p.interviewId)).map((p) => [p.userId, p])).values()];
  const required = new Set(people.filter((p) => p.required).map((p) => p.userId));
  const panel = panelOfInterview(rows[0]!, unique);
  const person = (p: repo.ParticipantRow) => ({ id: p.userId, name: p.name });
  const interviewers = unique.filter((p) => p.role === "interviewer");
  return {
    ...panel,
    interviewers: interviewers.filter((p) => required.has(p.userId)).map(person),
    optionalInterviewers: interviewers.filter((p) => !required.has(p.userId)).map(person),
  };
}

/**
 * Multi-session loops: several interviews for one application, each with its own panel, booked, moved and
 * cancelled together. One transaction writes every session, so the exclusion constraint refusing any of them
 * rolls back all of them.
 */
export function createInterviewLoopsService(deps: {
  db: Db;
  clock: Clock;
  booking: InterviewBooking;
  notifier: InterviewNotifier;
  interviews: InterviewsService;
}) {
  const { db, clock, booking, notifier, interviews } = deps;

  async function resolveLoopPanel(user: SessionUser, input: SuggestLoopRequest | BookLoop) {
    return interviews.resolvePanel(user, {
      applicationId: input.applicationId,
      interviewerIds: [...new Set(input.sessions.flatMap((s) => s.interviewerIds))],
      optionalInterviewerIds: input.optionalInterviewerIds,
      candidateTimeZone: input.candidateTimeZone,
    });
  }

  /** Participants and the employer's members see a loop; only the team and the candidate change it. */
  async function loadLoop(user: SessionUser, loopId: string, change: boolean) {
    const rows = await repo.listLoopInterviews(db, loopId);
    if (rows.length === 0) throw problems.notFound("Interview loop");
    const people = await repo.listParticipants(
      db,
      rows.map((r) => r.id),
    );
    const me = people.find((p) => p.userId === user.id);
    const isTeam = Boolean(await findMembership(db, user.id, rows[0]!.organizationId));
    if (!me && !isTeam) throw problems.notFound("Interview loop");
    if (change && !isTeam && me?.role !== "candidate") {
      throw problems.forbidden("Only the hiring team or the candidate can change this loop.");
    }
    if (change && rows.every((r) => r.status === "cancelled")) throw problems.conflict("The loop is cancelled.");
    return { rows, people, by: (isTeam ? "hiring_team" : "candidate") as SchedulingActor };
  }

  async function view(loopId: string) {
    const rows = await repo.listLoopInterviews(db, loopId);
    const ids = rows.map((r) => r.id);
    const [people, conflicts] = await Promise.all([
      repo.listParticipants(db, ids),
      repo.listCalendarConflicts(db, ids),
    ]);
    return { loopId, interviews: rows.map((row) => toInterview(row, people, conflicts)) };
  }

  async function announce(rows: repo.InterviewRow[], now: Date) {
    await notifier.sendLoopInvitations(rows, "REQUEST", now);
    for (const row of rows) await notifier.scheduleFollowUps(row, now);
  }

  /** A loop is one booking for the metrics: its events are about its first session. */
  async function move(
    loopId: string,
    rows: repo.InterviewRow[],
    people: repo.ParticipantRow[],
    startMs: number,
    request: ChangeRequest,
  ) {
    const active = rows.filter((r) => r.status !== "cancelled");
    const panel = panelOfLoop(active, people);
    const rules = rulesOfLoop(active, people);
    const ids = active.map((r) => r.id);
    await booking.checkSlot(panel, rules, startMs, ids);
    const now = clock.now();
    const shift = startMs - active[0]!.startAt.getTime();
    try {
      await db.transaction(async (tx) => {
        await releaseExpiredHolds(
          tx,
          [panel.candidate, ...panel.interviewers, ...panel.optionalInterviewers].map((p) => p.id),
          now,
        );
        for (const row of active) {
          const times = {
            startAt: new Date(row.startAt.getTime() + shift),
            endAt: new Date(row.endAt.getTime() + shift),
            bufferBeforeMinutes: row.bufferBeforeMinutes,
            bufferAfterMinutes: row.bufferAfterMinutes,
          };
          if (!(await repo.moveInterview(tx, row, times, now))) {
            throw problems.conflict("The loop changed meanwhile; reload and try again.");
          }
        }
        await recordInterviewChange(tx, "scheduling.rescheduled", active[0]!, request, now);
      });
    } catch (error) {
      if (isOverlapViolation(error)) throw slotTaken(await booking.alternatives(panel, rules, startMs, ids));
      throw error;
    }
    for (const row of active) await notifier.cancelFollowUps(row);
    const moved = (await repo.listLoopInterviews(db, loopId)).filter((r) => r.status !== "cancelled");
    await announce(moved, now);
    return moved;
  }

  async function cancelAll(loopId: string, rows: repo.InterviewRow[], request: ChangeRequest, reason?: string) {
    const active = rows.filter((r) => r.status !== "cancelled");
    const now = clock.now();
    await db.transaction(async (tx) => {
      for (const row of active) {
        if (!(await repo.cancelInterview(tx, row, now))) {
          throw problems.conflict("The loop changed meanwhile; reload and try again.");
        }
      }
      await recordInterviewChange(tx, "scheduling.cancelled", active[0]!, request, now);
    });
    for (const row of active) await notifier.cancelFollowUps(row);
    const ids = new Set(active.map((r) => r.id));
    const cancelled = (await repo.listLoopInterviews(db, loopId)).filter((r) => ids.has(r.id));
    await notifier.sendLoopInvitations(cancelled, "CANCEL", now, reason);
    return cancelled;
  }

  return {
    async suggest(user: SessionUser, input: SuggestLoopRequest) {
      const { application, panel } = await resolveLoopPanel(user, input);
      const suggestions = await booking.suggest(panel, {
        ...rulesOf(input),
        windowStart: Date.parse(input.windowStart),
        windowEnd: Date.parse(input.windowEnd),
        maxResults: input.maxResults,
      });
      if (suggestions.slots.length > 0) await recordSuggestionsOffered(db, application, user.id, clock.now());
      return suggestions;
    },

    async book(user: SessionUser, input: BookLoop) {
      const { application, panel } = await resolveLoopPanel(user, input);
      const rules = rulesOf(input);
      const start = Date.parse(input.start);
      const { input: checked, slot } = await booking.checkSlot(panel, rules, start);
      const now = clock.now();
      const loopId = crypto.randomUUID();
      const optional = new Set(input.optionalInterviewerIds);
      const baseTitle = input.title ?? `Interview: ${application.jobTitle} — ${application.candidateName}`;
      const sessions = slot.sessions.map((session, i) => ({
        row: {
          id: crypto.randomUUID(),
          applicationId: application.id,
          jobId: application.jobId,
          organizationId: application.employerId,
          title: input.sessions[i]!.title ?? `${baseTitle} (${i + 1} of ${slot.sessions.length})`,
          startAt: new Date(session.start),
          endAt: new Date(session.end),
          status: "confirmed" as const,
          holdExpiresAt: null,
          icalUid: `${crypto.randomUUID()}@hirefolio`,
          sequence: 0,
          videoLink: input.videoLink ?? null,
          round: input.round,
          candidateTimeZone: checked.request.candidateTimeZone,
          bufferBeforeMinutes: input.bufferBeforeMinutes,
          bufferAfterMinutes: input.bufferAfterMinutes,
          reminderOffsetsMinutes: input.reminderOffsetsMinutes,
          loopId,
          createdBy: user.id,
          createdAt: now,
          updatedAt: now,
        },
        participants: [
          { userId: panel.candidate.id, role: "candidate" as const, required: true },
          ...[...session.interviewers, ...session.optionalInterviewers].map((id) => ({
            userId: id,
            role: "interviewer" as const,
            required: !optional.has(id),
          })),
        ],
      }));
      try {
        await db.transaction(async (tx) => {
          const everyone = [panel.candidate, ...panel.interviewers, ...panel.optionalInterviewers].map((p) => p.id);
          await releaseExpiredHolds(tx, everyone, now);
          for (const s of sessions) await repo.insertInterview(tx, s.row, s.participants);
          await recordBooked(tx, sessions[0]!.row, await openSuggestionProposal(tx, application.id), user.id, now);
        });
      } catch (error) {
        if (isOverlapViolation(error)) throw slotTaken(await booking.alternatives(panel, rules, start));
        throw error;
      }
      await announce(await repo.listLoopInterviews(db, loopId), now);
      return view(loopId);
    },

    async get(user: SessionUser, loopId: string) {
      await loadLoop(user, loopId, false);
      return view(loopId);
    },

    /** Moves every session so the loop starts at `start`; all move or none do. */
    async reschedule(user: SessionUser, loopId: string, start: string) {
      const { rows, people, by } = await loadLoop(user, loopId, true);
      await move(loopId, rows, people, Date.parse(start), { by, actorId: user.id });
      return view(loopId);
    },

    async cancel(user: SessionUser, loopId: string, reason?: string) {
      const { rows, by } = await loadLoop(user, loopId, true);
      await cancelAll(loopId, rows, { by, actorId: user.id }, reason);
      return view(loopId);
    },

    /** For callers the candidate's link already authorised: the loop's sessions and people. */
    async load(loopId: string) {
      const rows = await repo.listLoopInterviews(db, loopId);
      const people = await repo.listParticipants(
        db,
        rows.map((r) => r.id),
      );
      return { rows, people };
    },
    move,
    cancelAll,
    alternatives(rows: repo.InterviewRow[], people: repo.ParticipantRow[]) {
      const active = rows.filter((r) => r.status !== "cancelled");
      const ids = active.map((r) => r.id);
      return booking.alternatives(
        panelOfLoop(active, people),
        rulesOfLoop(active, people),
        active[0]!.startAt.getTime(),
        ids,
      );
    },
  };
}

export type InterviewLoopsService = ReturnType<typeof createInterviewLoopsService>;
