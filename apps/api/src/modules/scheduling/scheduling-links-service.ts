import { randomBytes } from "node:crypto";
import type { Db } from "@hirefolio/db";
import type { CreateSchedulingLink } from "@hirefolio/shared";
import { DateTime } from "luxon";
import type { SessionUser } from "../../http/auth-guard";
import { HttpProblem, problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import type { JobQueue } from "../../platform/queue/job-queue";
import { enqueueMail } from "../mail/mail-jobs";
import type { BookingRules, InterviewBooking } from "./interview-booking";
import * as interviewsRepo from "./interviews-repo";
import type { InterviewsService } from "./interviews-service";
import { type Proposal, recordProposal } from "./scheduling-events";
import * as repo from "./scheduling-links-repo";
import type { Panel } from "./slot-inputs";

/** How long a candidate's pick is held while they confirm it. */
export const holdMinutes = 10;
const publicSlotCount = 50;
const dayMs = 86_400_000;

type LinkContext = NonNullable<Awaited<ReturnType<typeof repo.findLinkByToken>>>;

function rulesOf(link: repo.SchedulingLinkRow): BookingRules {
  return {
    durationMinutes: link.durationMinutes,
    bufferBeforeMinutes: link.bufferBeforeMinutes,
    bufferAfterMinutes: link.bufferAfterMinutes,
    minimumNoticeMinutes: link.minimumNoticeMinutes,
    stepMinutes: link.stepMinutes,
  };
}

/** The link is the proposal its booking answers, made when the link was sent. */
function proposalOf(link: repo.SchedulingLinkRow): Proposal {
  return { id: link.id, proposedAt: link.createdAt };
}

/** An instant as the candidate's page shows it: ISO 8601 with the offset of their zone. */
function inZone(at: Date, timeZone: string) {
  return DateTime.fromJSDate(at, { zone: timeZone }).toISO({ suppressMilliseconds: true })!;
}

function bookingView(row: interviewsRepo.InterviewRow, timeZone: string) {
  return {
    start: inZone(row.startAt, timeZone),
    end: inZone(row.endAt, timeZone),
    status: row.status === "held" ? ("held" as const) : ("confirmed" as const),
    holdExpiresAt: row.holdExpiresAt?.toISOString() ?? null,
    timeZone,
  };
}

/**
 * Links a recruiter sends so the candidate picks a time themselves. The token (128 random bits) is the only
 * credential, like a calendar booking page; the page shows no interviewer ids and times in the candidate's zone.
 */
export function createSchedulingLinksService(deps: {
  db: Db;
  clock: Clock;
  queue: JobQueue;
  booking: InterviewBooking;
  interviews: InterviewsService;
  publicUrl: string;
}) {
  const { db, clock, queue, booking, interviews, publicUrl } = deps;
  const pageUrl = (token: string) => `${publicUrl}/schedule/${token}`;

  async function loadUsable(token: string) {
    const context = await repo.findLinkByToken(db, token);
    if (!context) throw problems.notFound("Scheduling link");
    if (context.link.expiresAt <= clock.now()) {
      throw new HttpProblem(
        410,
        "link-expired",
        "This scheduling link has expired",
        "Ask the hiring team for a new one.",
      );
    }
    return context;
  }

  /** The link's panel as it stands now: someone who left the employer no longer counts. */
  async function panelOf(context: LinkContext, timeZone: string | undefined): Promise<Panel> {
    const { panel } = context.link;
    const members = new Map(
      (await interviewsRepo.listEmployerMembers(db, context.employerId, panel.interviewerIds)).map((m) => [m.id, m]),
    );
    return {
      candidate: { id: context.candidateId, name: context.candidateName },
      interviewers: panel.interviewerIds.flatMap((id) => members.get(id) ?? []),
      optionalInterviewers: [],
      panelCount: panel.kind === "pool" ? panel.count : undefined,
      candidateTimeZone: timeZone,
    };
  }

  /** The link's current interview, unless it is a hold that ran out or was cancelled. */
  async function currentInterview(link: repo.SchedulingLinkRow) {
    if (!link.interviewId) return undefined;
    const row = await interviewsRepo.findInterview(db, link.interviewId);
    if (!row || row.status === "cancelled") return undefined;
    if (row.status === "held" && row.holdExpiresAt && row.holdExpiresAt <= clock.now()) return undefined;
    return row;
  }

  async function pick(token: string, start: string, timeZone: string | undefined, hold: boolean) {
    const context = await loadUsable(token);
    const { link } = context;
    const current = await currentInterview(link);
    if (current?.status === "confirmed") {
      throw new HttpProblem(
        409,
        "link-used",
        "A time is already booked",
        "Use the reschedule link in your invitation.",
      );
    }
    const startMs = Date.parse(start);
    if (current && !hold && current.startAt.getTime() === startMs) {
      const confirmed = await booking.confirm(current, proposalOf(link));
      return bookingView(confirmed, confirmed.candidateTimeZone);
    }
    // A new pick replaces the candidate's earlier hold, so it never blocks their own second choice.
    if (current) await interviewsRepo.cancelInterview(db, current, clock.now());
    const panel = await panelOf(context, timeZone);
    const row = await booking.book(panel, rulesOf(link), startMs, {
      applicationId: link.applicationId,
      jobId: context.jobId,
      employerId: context.employerId,
      title: link.title,
      videoLink: link.videoLink,
      round: 1,
      reminderOffsetsMinutes: [1440, 60],
      createdBy: link.createdBy,
      holdMinutes: hold ? holdMinutes : undefined,
      proposal: proposalOf(link),
      bookedBy: null,
    });
    if (!(await repo.attachInterview(db, link.id, link.interviewId, row.id))) {
      await booking.cancel(row, { by: "candidate", actorId: context.candidateId });
      throw problems.conflict("This link was used in another window at the same moment; reload the page.");
    }
    return bookingView(row, row.candidateTimeZone);
  }

  return {
    async create(user: SessionUser, input: CreateSchedulingLink) {
      const { application, panel } = await interviews.resolvePanel(user, input);
      const now = clock.now();
      const token = randomBytes(16).toString("base64url");
      const link = await db.transaction(async (tx) => {
        const stored = await repo.insertLink(tx, {
          id: crypto.randomUUID(),
          token,
          applicationId: application.id,
          createdBy: user.id,
          title: input.title ?? `Interview: ${application.jobTitle} at ${application.employerName}`,
          durationMinutes: input.durationMinutes,
          panel:
            panel.panelCount === undefined
              ? { kind: "all", interviewerIds: input.interviewerIds }
              : { kind: "pool", interviewerIds: input.interviewerIds, count: panel.panelCount },
          windowStart: new Date(input.windowStart),
          windowEnd: new Date(input.windowEnd),
          bufferBeforeMinutes: input.bufferBeforeMinutes,
          bufferAfterMinutes: input.bufferAfterMinutes,
          minimumNoticeMinutes: input.minimumNoticeMinutes,
          stepMinutes: input.stepMinutes,
          videoLink: input.videoLink ?? null,
          expiresAt: new Date(now.getTime() + input.expiresInDays * dayMs),
          createdAt: now,
        });
        const proposal = { id: stored.id, kind: "link" as const, applicationId: application.id };
        await recordProposal(tx, { ...proposal, organizationId: application.employerId }, user.id, now);
        return stored;
      });
      await enqueueMail(
        queue,
        {
          to: application.candidateEmail,
          subject: `Pick a time: ${link.title}`,
          text: `Hi ${application.candidateName},\n\n${application.employerName} would like to interview you. Pick a time that suits you:\n${pageUrl(token)}\n\n— Hirefolio`,
        },
        `scheduling-link:${link.id}`,
      );
      return {
        id: link.id,
        applicationId: link.applicationId,
        url: pageUrl(token),
        token,
        expiresAt: link.expiresAt.toISOString(),
        interviewId: null,
      };
    },

    async view(token: string, timeZone: string | undefined) {
      const context = await loadUsable(token);
      const { link } = context;
      const current = await currentInterview(link);
      const base = {
        title: link.title,
        expiresAt: link.expiresAt.toISOString(),
        employerName: context.employerName,
        durationMinutes: link.durationMinutes,
      };
      if (current?.status === "confirmed") {
        const zone = timeZone ?? current.candidateTimeZone;
        return { ...base, timeZone: zone, slots: [], bookedInterview: bookingView(current, zone) };
      }
      const now = clock.now().getTime();
      const suggestions = await booking.suggest(
        await panelOf(context, timeZone),
        {
          ...rulesOf(link),
          windowStart: Math.max(now, link.windowStart.getTime()),
          windowEnd: Math.max(now, link.windowEnd.getTime()),
          maxResults: publicSlotCount,
        },
        current?.id,
      );
      const slots = suggestions.slots
        .map(({ start, end }) => ({ start, end }))
        .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
      return { ...base, timeZone: suggestions.candidateTimeZone, slots, bookedInterview: null };
    },

    hold: (token: string, start: string, timeZone?: string) => pick(token, start, timeZone, true),
    book: (token: string, start: string, timeZone?: string) => pick(token, start, timeZone, false),
  };
}

export type SchedulingLinksService = ReturnType<typeof createSchedulingLinksService>;
