import type { Db } from "@hirefolio/db";
import type { BookInterview, FeedbackInput, Interview, SuggestRequest } from "@hirefolio/shared";
import type { SessionUser } from "../../http/auth-guard";
import { HttpProblem, problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import type { SchedulingActor } from "../../platform/events/event-catalog";
import { type ApplicationRow, findApplication } from "../applications/applications-repo";
import { findMembership } from "../employers/employers-repo";
import { saveFeedback } from "./feedback-repo";
import type { BookingRules, InterviewBooking } from "./interview-booking";
import { panelOfInterview, rulesOfInterview } from "./interview-panel";
import * as repo from "./interviews-repo";
import { openSuggestionProposal, recordSuggestionsOffered } from "./scheduling-events";
import type { Panel } from "./slot-inputs";

const dayMs = 86_400_000;
const nextRoundWindowMs = 14 * dayMs;

export interface PanelRequest {
  applicationId: string;
  interviewerIds: string[];
  optionalInterviewerIds: string[];
  panelCount?: number;
  candidateTimeZone?: string;
}

export function toInterview(
  row: repo.InterviewRow,
  people: repo.ParticipantRow[],
  conflicts: { interviewId: string; userId: string }[],
): Interview {
  return {
    id: row.id,
    applicationId: row.applicationId,
    jobId: row.jobId,
    employerId: row.organizationId,
    title: row.title,
    start: row.startAt.toISOString(),
    end: row.endAt.toISOString(),
    status: row.status,
    holdExpiresAt: row.holdExpiresAt?.toISOString() ?? null,
    sequence: row.sequence,
    videoLink: row.videoLink,
    round: row.round,
    candidateTimeZone: row.candidateTimeZone,
    bufferBeforeMinutes: row.bufferBeforeMinutes,
    bufferAfterMinutes: row.bufferAfterMinutes,
    participants: people
      .filter((p) => p.interviewId === row.id)
      .map(({ userId, name, role, required, response }) => ({ userId, name, role, required, response })),
    calendarConflicts: conflicts.filter((c) => c.interviewId === row.id).map((c) => c.userId),
    loopId: row.loopId,
  };
}

/** The hiring team, or the candidate changing their own interview while signed in. */
function changedBy(isTeam: boolean): SchedulingActor {
  return isTeam ? "hiring_team" : "candidate";
}

/** The slot rules of a request, without the panel and booking details around them. */
function slotRulesOf(input: BookingRules): BookingRules {
  const { durationMinutes, bufferBeforeMinutes, bufferAfterMinutes, minimumNoticeMinutes, stepMinutes } = input;
  return { durationMinutes, bufferBeforeMinutes, bufferAfterMinutes, minimumNoticeMinutes, stepMinutes };
}

export function createInterviewsService(deps: { db: Db; clock: Clock; booking: InterviewBooking }) {
  const { db, clock, booking } = deps;

  /** The hiring team schedules; the candidate of the application gets 403, anyone else 404. */
  async function loadApplicationForTeam(user: SessionUser, applicationId: string): Promise<ApplicationRow> {
    const application = await findApplication(db, applicationId);
    if (!application) throw problems.notFound("Application");
    if (await findMembership(db, user.id, application.employerId)) return application;
    if (application.candidateId === user.id) {
      throw problems.forbidden("Only the hiring team schedules interviews; use the link they send you to pick a time.");
    }
    throw problems.notFound("Application");
  }

  async function resolvePanel(user: SessionUser, input: PanelRequest) {
    const application = await loadApplicationForTeam(user, input.applicationId);
    const wanted = [...input.interviewerIds, ...input.optionalInterviewerIds];
    if (wanted.includes(application.candidateId)) {
      throw problems.unprocessable(
        "candidate-on-panel",
        "The candidate cannot interview",
        "Remove the candidate from the interviewers.",
      );
    }
    const members = new Map((await repo.listEmployerMembers(db, application.employerId, wanted)).map((m) => [m.id, m]));
    const outsiders = wanted.filter((id) => !members.has(id));
    if (outsiders.length > 0) {
      throw new HttpProblem(
        422,
        "interviewer-not-member",
        "Interviewers must belong to the employer",
        `${outsiders.length} of the interviewers are not members of ${application.employerName}.`,
        outsiders.map((id) => ({ field: "body.interviewerIds", message: `${id} is not a member of the employer` })),
      );
    }
    const panel: Panel = {
      candidate: { id: application.candidateId, name: application.candidateName },
      interviewers: input.interviewerIds.map((id) => members.get(id)!),
      optionalInterviewers: input.optionalInterviewerIds.map((id) => members.get(id)!),
      panelCount: input.panelCount,
      candidateTimeZone: input.candidateTimeZone,
    };
    return { application, panel };
  }

  /** Participants and members of the interview's employer see it; everyone else gets 404. */
  async function loadVisible(user: SessionUser, interviewId: string) {
    const row = await repo.findInterview(db, interviewId);
    if (!row) throw problems.notFound("Interview");
    const people = await repo.listParticipants(db, [row.id]);
    const me = people.find((p) => p.userId === user.id);
    const isTeam = Boolean(await findMembership(db, user.id, row.organizationId));
    if (!me && !isTeam) throw problems.notFound("Interview");
    return { row, people, me, isTeam };
  }

  /** The hiring team and the candidate may move or cancel; an interviewer outside the team may only respond. */
  async function loadChangeable(user: SessionUser, interviewId: string) {
    const loaded = await loadVisible(user, interviewId);
    if (!loaded.isTeam && loaded.me?.role !== "candidate") {
      throw problems.forbidden("Only the hiring team or the candidate can change this interview.");
    }
    if (loaded.row.status === "cancelled") throw problems.conflict("The interview is cancelled.");
    return loaded;
  }

  async function view(row: repo.InterviewRow, people?: repo.ParticipantRow[]) {
    const [participants, conflicts] = await Promise.all([
      people ?? repo.listParticipants(db, [row.id]),
      repo.listCalendarConflicts(db, [row.id]),
    ]);
    return toInterview(row, participants, conflicts);
  }

  return {
    resolvePanel,

    async suggest(user: SessionUser, input: SuggestRequest) {
      const { application, panel } = await resolvePanel(user, input);
      const suggestions = await booking.suggest(panel, {
        ...slotRulesOf(input),
        windowStart: Date.parse(input.windowStart),
        windowEnd: Date.parse(input.windowEnd),
        maxResults: input.maxResults,
      });
      if (suggestions.slots.length > 0) await recordSuggestionsOffered(db, application, user.id, clock.now());
      return suggestions;
    },

    async book(user: SessionUser, input: BookInterview) {
      const { application, panel } = await resolvePanel(user, input);
      const row = await booking.book(panel, slotRulesOf(input), Date.parse(input.start), {
        applicationId: application.id,
        jobId: application.jobId,
        employerId: application.employerId,
        title: input.title ?? `Interview: ${application.jobTitle} — ${application.candidateName}`,
        videoLink: input.videoLink ?? null,
        round: input.round,
        reminderOffsetsMinutes: input.reminderOffsetsMinutes,
        createdBy: user.id,
        proposal: await openSuggestionProposal(db, application.id),
        bookedBy: user.id,
      });
      return view(row);
    },

    async get(user: SessionUser, interviewId: string) {
      const { row, people } = await loadVisible(user, interviewId);
      return view(row, people);
    },

    async list(user: SessionUser, from: string, to: string) {
      const rows = await repo.listVisibleInterviews(db, user.id, new Date(from), new Date(to), clock.now());
      const ids = rows.map((r) => r.id);
      const [people, conflicts] = await Promise.all([
        repo.listParticipants(db, ids),
        repo.listCalendarConflicts(db, ids),
      ]);
      return rows.map((row) => toInterview(row, people, conflicts));
    },

    async reschedule(user: SessionUser, interviewId: string, start: string) {
      const { row, people, isTeam } = await loadChangeable(user, interviewId);
      const request = { by: changedBy(isTeam), actorId: user.id };
      return view(
        await booking.reschedule(row, panelOfInterview(row, people), rulesOfInterview(row), Date.parse(start), request),
      );
    },

    async cancel(user: SessionUser, interviewId: string) {
      const { row, isTeam } = await loadChangeable(user, interviewId);
      return view(await booking.cancel(row, { by: changedBy(isTeam), actorId: user.id }));
    },

    /** A decline comes back with the best times to move to, keeping the panel. */
    async respond(user: SessionUser, interviewId: string, response: "accepted" | "declined") {
      const { row, people, me } = await loadVisible(user, interviewId);
      if (!me) throw problems.forbidden("Only participants respond to an interview.");
      if (row.status === "cancelled") throw problems.conflict("The interview is cancelled.");
      await repo.setResponse(db, row.id, user.id, response);
      const alternatives =
        response === "declined"
          ? await booking.alternatives(
              panelOfInterview(row, people),
              rulesOfInterview(row),
              row.startAt.getTime(),
              row.id,
            )
          : [];
      return { interview: await view(row), alternatives };
    },

    /** Interviewers record one verdict each once the interview is over; saving again replaces it. */
    async feedback(user: SessionUser, interviewId: string, input: FeedbackInput) {
      const { row, me } = await loadVisible(user, interviewId);
      if (me?.role !== "interviewer") throw problems.forbidden("Only the interviewers give feedback on an interview.");
      if (row.status !== "confirmed" || row.endAt > clock.now()) {
        throw problems.unprocessable(
          "interview-not-over",
          "The interview is not over",
          "Feedback opens when the interview ends.",
        );
      }
      const saved = await saveFeedback(db, row.id, user.id, input, clock.now());
      const { recommendation, notes, authorId, updatedAt } = saved;
      return { interviewId: row.id, authorId, recommendation, notes, updatedAt: updatedAt.toISOString() };
    },

    /** The next round for the application with the panel of its latest interview, over the next two weeks. */
    async nextRound(user: SessionUser, applicationId: string) {
      const application = await loadApplicationForTeam(user, applicationId);
      const latest = await repo.latestInterviewOf(db, application.id);
      if (!latest) {
        throw problems.unprocessable(
          "no-previous-interview",
          "No interview yet",
          "Book the first round with POST /api/v1/interviews.",
        );
      }
      const people = await repo.listParticipants(db, [latest.id]);
      const panel = panelOfInterview(latest, people);
      const now = clock.now().getTime();
      const suggestions = await booking.suggest(panel, {
        ...rulesOfInterview(latest),
        stepMinutes: 15,
        windowStart: Math.max(now, latest.endAt.getTime()),
        windowEnd: Math.max(now, latest.endAt.getTime()) + nextRoundWindowMs,
      });
      if (suggestions.slots.length > 0) await recordSuggestionsOffered(db, application, user.id, clock.now());
      return {
        applicationId: application.id,
        previousInterviewId: latest.id,
        round: latest.round + 1,
        interviewerIds: panel.interviewers.map((p) => p.id),
        suggestions,
      };
    },
  };
}

export type InterviewsService = ReturnType<typeof createInterviewsService>;
