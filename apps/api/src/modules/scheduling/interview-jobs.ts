import type { Db, DbOrTx } from "@hirefolio/db";
import type { Clock } from "../../platform/clock";
import type { JobQueue } from "../../platform/queue/job-queue";
import { enqueueMail } from "../mail/mail-jobs";
import { listAvailability, listProfileTimeZones } from "./availability-repo";
import { insertInterviewLink } from "./interview-links-repo";
import {
  feedbackPromptMail,
  type InviteMethod,
  invitationMail,
  loopInvitationMail,
  reminderMail,
} from "./interview-mail";
import { findInterview, type InterviewRow, listParticipants, type ParticipantRow } from "./interviews-repo";
import { hashToken, newSecretToken } from "./secret-token";

export const reminderJob = "interview.reminder";
export const feedbackPromptJob = "interview.feedback-prompt";
const minuteMs = 60_000;
/** A reminder the queue delivers later than this (a worker was down) is dropped: a late reminder misleads. */
export const reminderGraceMs = 10 * minuteMs;

export interface InterviewJobPayload {
  interviewId: string;
  /** The interview's SEQUENCE when the job was queued; a reschedule or cancellation raises it and voids the job. */
  sequence: number;
  offsetMinutes?: number;
}

type JobVersion = Pick<InterviewRow, "id" | "sequence">;

function reminderKey(row: JobVersion, offsetMinutes: number) {
  return `${row.id}:${row.sequence}:${offsetMinutes}`;
}

function feedbackPromptKey(row: JobVersion) {
  return `${row.id}:${row.sequence}`;
}

/** The web page behind a candidate's reschedule/cancel link. */
export function interviewLinkPageUrl(publicUrl: string, token: string) {
  return `${publicUrl}/schedule/manage/${token}`;
}

/** The address invitations name as organizer: the sender of the deployment's mail. */
export function organizerEmailFrom(mailFrom: string) {
  return /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
}

/**
 * Each participant reads times in their own zone: the candidate in the interview's, interviewers in their saved
 * availability's, else their profile's.
 */
async function withTimeZones(db: DbOrTx, row: InterviewRow, people: ParticipantRow[]) {
  const ids = people.map((p) => p.userId);
  const [saved, fromProfiles] = await Promise.all([listAvailability(db, ids), listProfileTimeZones(db, ids)]);
  const zones = new Map([...fromProfiles, ...saved.map((p) => [p.userId, p.timeZone] as const)]);
  return people.map((p) => ({
    ...p,
    timeZone: p.role === "candidate" ? row.candidateTimeZone : (zones.get(p.userId) ?? "UTC"),
  }));
}

export function createInterviewNotifier(deps: { db: Db; queue: JobQueue; organizerEmail: string; publicUrl: string }) {
  const { db, queue, organizerEmail, publicUrl } = deps;

  /**
   * Each invitation the candidate gets carries a new link to move or cancel; links from earlier invitations keep
   * working until the interview is over or cancelled. Only the token's hash is stored.
   */
  async function candidateLink(row: InterviewRow, now: Date) {
    const token = newSecretToken();
    await insertInterviewLink(db, row.id, hashToken(token), now);
    return interviewLinkPageUrl(publicUrl, token);
  }

  return {
    async sendInvitations(row: InterviewRow, method: InviteMethod, now: Date, reason?: string) {
      const people = await listParticipants(db, [row.id]);
      for (const recipient of await withTimeZones(db, row, people)) {
        const manageUrl =
          method === "REQUEST" && recipient.role === "candidate" ? await candidateLink(row, now) : undefined;
        const mail = invitationMail(method, row, people, recipient, organizerEmail, now, { manageUrl, reason });
        await enqueueMail(queue, mail, `invite:${row.id}:${row.sequence}:${method}:${recipient.userId}`);
      }
    },

    /** One mail per participant of a loop, listing and attaching the sessions they are in. */
    async sendLoopInvitations(rows: InterviewRow[], method: InviteMethod, now: Date, reason?: string) {
      const people = await listParticipants(
        db,
        rows.map((r) => r.id),
      );
      const recipients = new Map(people.map((p) => [p.userId, p]));
      for (const recipient of await withTimeZones(db, rows[0]!, [...recipients.values()])) {
        const sessions = rows
          .filter((row) => people.some((p) => p.interviewId === row.id && p.userId === recipient.userId))
          .map((row) => ({ row, people: people.filter((p) => p.interviewId === row.id) }));
        const manageUrl =
          method === "REQUEST" && recipient.role === "candidate" ? await candidateLink(rows[0]!, now) : undefined;
        const mail = loopInvitationMail(method, sessions, recipient, organizerEmail, now, { manageUrl, reason });
        const version = sessions.map((s) => s.row.sequence).join(".");
        await enqueueMail(queue, mail, `invite-loop:${rows[0]!.loopId}:${version}:${method}:${recipient.userId}`);
      }
    },

    /**
     * Queues the reminders and the feedback prompt of this version of the interview. A reminder whose time has
     * already passed (a "24 h before" for an interview two hours away) is not queued at all.
     */
    async scheduleFollowUps(row: InterviewRow, now: Date) {
      const start = row.startAt.getTime();
      for (const offsetMinutes of row.reminderOffsetsMinutes) {
        const runAt = start - offsetMinutes * minuteMs;
        if (runAt <= now.getTime()) continue;
        const payload: InterviewJobPayload = { interviewId: row.id, sequence: row.sequence, offsetMinutes };
        await queue.enqueue(reminderJob, payload, {
          runAt: new Date(runAt),
          dedupeKey: reminderKey(row, offsetMinutes),
        });
      }
      const payload: InterviewJobPayload = { interviewId: row.id, sequence: row.sequence };
      await queue.enqueue(feedbackPromptJob, payload, { runAt: row.endAt, dedupeKey: feedbackPromptKey(row) });
    },

    /**
     * Withdraws the pending reminders and feedback prompt of this version of the interview (before a move or a
     * cancellation). A job that already started is left alone; its handler re-reads the interview and does nothing.
     */
    async cancelFollowUps(row: JobVersion & Pick<InterviewRow, "reminderOffsetsMinutes">) {
      for (const offsetMinutes of row.reminderOffsetsMinutes)
        await queue.cancel(reminderJob, reminderKey(row, offsetMinutes));
      await queue.cancel(feedbackPromptJob, feedbackPromptKey(row));
    },
  };
}

export type InterviewNotifier = ReturnType<typeof createInterviewNotifier>;

/** The job's interview if this version of it still stands; jobs of moved or cancelled interviews do nothing. */
async function currentVersion(db: DbOrTx, payload: InterviewJobPayload) {
  const row = await findInterview(db, payload.interviewId);
  if (row?.status !== "confirmed" || row.sequence !== payload.sequence) return undefined;
  return row;
}

/**
 * Sends one reminder to every participant. Queue jobs and mails are deduplicated by interview, sequence and
 * offset, so a retried or re-queued job never mails twice.
 */
export function createReminderHandler(deps: { db: Db; queue: JobQueue; clock: Clock }) {
  return async (payload: InterviewJobPayload) => {
    const row = await currentVersion(deps.db, payload);
    if (!row || payload.offsetMinutes === undefined) return;
    const due = row.startAt.getTime() - payload.offsetMinutes * minuteMs;
    if (deps.clock.now().getTime() > due + reminderGraceMs) return;
    const people = await withTimeZones(deps.db, row, await listParticipants(deps.db, [row.id]));
    for (const recipient of people) {
      const key = `reminder:${row.id}:${row.sequence}:${payload.offsetMinutes}:${recipient.userId}`;
      await enqueueMail(deps.queue, reminderMail(row, recipient), key);
    }
  };
}

export function createFeedbackPromptHandler(deps: { db: Db; queue: JobQueue; publicUrl: string }) {
  return async (payload: InterviewJobPayload) => {
    const row = await currentVersion(deps.db, payload);
    if (!row) return;
    const interviewers = (await listParticipants(deps.db, [row.id])).filter((p) => p.role === "interviewer");
    for (const recipient of interviewers) {
      const key = `feedback-prompt:${row.id}:${row.sequence}:${recipient.userId}`;
      await enqueueMail(deps.queue, feedbackPromptMail(row, recipient, deps.publicUrl), key);
    }
  };
}
