import type { Db, DbOrTx } from "@hirefolio/db";
import type { Clock } from "../../platform/clock";
import type { JobQueue } from "../../platform/queue/job-queue";
import { enqueueMail } from "../mail/mail-jobs";
import { listAvailability } from "./availability-repo";
import { feedbackPromptMail, type InviteMethod, invitationMail, reminderMail } from "./interview-mail";
import { findInterview, type InterviewRow, listParticipants, type ParticipantRow } from "./interviews-repo";

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

/** The address invitations name as organizer: the sender of the deployment's mail. */
export function organizerEmailFrom(mailFrom: string) {
  return /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
}

/** Each participant reads times in their own zone: the candidate in the interview's, interviewers in their saved one. */
async function withTimeZones(db: DbOrTx, row: InterviewRow, people: ParticipantRow[]) {
  const zones = new Map(
    (
      await listAvailability(
        db,
        people.map((p) => p.userId),
      )
    ).map((p) => [p.userId, p.timeZone]),
  );
  return people.map((p) => ({
    ...p,
    timeZone: p.role === "candidate" ? row.candidateTimeZone : (zones.get(p.userId) ?? "UTC"),
  }));
}

export function createInterviewNotifier(deps: { db: Db; queue: JobQueue; organizerEmail: string }) {
  const { db, queue, organizerEmail } = deps;
  return {
    async sendInvitations(row: InterviewRow, method: InviteMethod, now: Date) {
      const people = await listParticipants(db, [row.id]);
      for (const recipient of await withTimeZones(db, row, people)) {
        const mail = invitationMail(method, row, people, recipient, organizerEmail, now);
        await enqueueMail(queue, mail, `invite:${row.id}:${row.sequence}:${method}:${recipient.userId}`);
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
          dedupeKey: `${row.id}:${row.sequence}:${offsetMinutes}`,
        });
      }
      const payload: InterviewJobPayload = { interviewId: row.id, sequence: row.sequence };
      await queue.enqueue(feedbackPromptJob, payload, { runAt: row.endAt, dedupeKey: `${row.id}:${row.sequence}` });
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
