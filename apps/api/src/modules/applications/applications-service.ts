import type { DatabaseHandle, Db } from "@hirefolio/db";
import {
  type Application,
  type ApplicationStage,
  type ApplicationSummary,
  allowedNextStages,
  type CreateApplication,
  finalStages,
  type PageQuery,
  type StageEvent,
} from "@hirefolio/shared";
import type { SessionUser } from "../../http/auth-guard";
import { decodeCursor, toPage } from "../../http/cursor";
import { problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import type { JobQueue } from "../../platform/queue/job-queue";
import type { EmployersService } from "../employers/employers-service";
import type { JobsService } from "../jobs/jobs-service";
import { enqueueMail } from "../mail/mail-jobs";
import { insertApplicationEvent } from "../resume-experiments/resume-events-repo";
import { findResume } from "../resumes/resumes-repo";
import { recordApplicationSubmitted, recordStageChanged } from "./application-events";
import * as repo from "./applications-repo";
import { stageChangedEmail } from "./stage-email";

/** Only the hiring team sees the candidate's email address. */
function forViewer<T extends repo.ApplicationSummaryRow>(
  row: T,
  forEmployer: boolean,
): Omit<T, "candidateEmail"> & { candidateEmail?: string } {
  const { candidateEmail, ...rest } = row;
  return forEmployer ? { ...rest, candidateEmail } : rest;
}

const toApplication = (row: repo.ApplicationRow, forEmployer: boolean): Application => forViewer(row, forEmployer);
const toSummary = (row: repo.ApplicationSummaryRow, forEmployer: boolean): ApplicationSummary =>
  forViewer(row, forEmployer);

export function createApplicationsService(deps: {
  db: Db;
  database: DatabaseHandle;
  clock: Clock;
  queue: JobQueue;
  employers: EmployersService;
  jobs: JobsService;
  publicUrl: string;
}) {
  const { db, clock, queue, employers, jobs } = deps;

  /** The candidate who applied sees it; so do members of the hiring employer. Others get 404. */
  async function loadVisible(user: SessionUser, applicationId: string) {
    const row = await repo.findApplication(db, applicationId);
    if (!row) throw problems.notFound("Application");
    if (row.candidateId === user.id) return { row, asEmployer: false };
    await employers.requireMember(user, row.employerId).catch(() => {
      throw problems.notFound("Application");
    });
    return { row, asEmployer: true };
  }

  async function changeStage(user: SessionUser, row: repo.ApplicationRow, to: ApplicationStage, note: string) {
    const now = clock.now();
    await db.transaction(async (tx) => {
      if (!(await repo.moveStage(tx, row.id, row.stage, to, now))) {
        throw problems.conflict("The application changed while you were looking at it; reload and try again.");
      }
      await repo.insertStageEvent(tx, {
        applicationId: row.id,
        fromStage: row.stage,
        toStage: to,
        actorId: user.id,
        note,
        now,
      });
      await recordStageChanged(tx, {
        applicationId: row.id,
        actorId: user.id,
        organizationId: user.id === row.candidateId ? null : row.employerId,
        from: row.stage,
        to,
        now,
      });
      // The first move to interview is the conversion A/B experiments on resumes measure; repeats are no-ops.
      if (to === "interview" && row.resumeId) {
        await insertApplicationEvent(tx, { resumeId: row.resumeId, applicationId: row.id, kind: "interview", now });
      }
    });
  }

  return {
    async apply(user: SessionUser, jobId: string, input: CreateApplication) {
      if (user.role !== "candidate") throw problems.forbidden("Only candidate accounts can apply to jobs.");
      const { row: job } = await jobs.loadVisible(user, jobId);
      if (job.status !== "open") {
        throw problems.unprocessable(
          "job-not-open",
          "This job is not taking applications",
          `The job is ${job.status}.`,
        );
      }
      const { coverNote, resumeId } = input;
      const resume = resumeId ? await findResume(db, resumeId, user.id) : null;
      if (resume === undefined) throw problems.notFound("Resume");
      const id = crypto.randomUUID();
      const now = clock.now();
      await db.transaction(async (tx) => {
        if (!(await repo.insertApplication(tx, { id, jobId, candidateId: user.id, coverNote, resume, now }))) {
          throw problems.conflict("You already applied to this job.");
        }
        if (resume) {
          await insertApplicationEvent(tx, { resumeId: resume.id, applicationId: id, kind: "application", now });
        }
        await recordApplicationSubmitted(tx, {
          applicationId: id,
          candidateId: user.id,
          resumeId: resume?.id ?? null,
          now,
        });
        await repo.insertStageEvent(tx, {
          applicationId: id,
          fromStage: null,
          toStage: "applied",
          actorId: user.id,
          note: "",
          now,
        });
      });
      const created = await repo.findApplication(db, id);
      if (!created) throw new Error("application was not stored");
      return toApplication(created, false);
    },

    async listMine(user: SessionUser, query: PageQuery & { stage?: ApplicationStage }) {
      const rows = await repo.listApplications(deps.database, {
        ...query,
        owner: "candidateId",
        ownerId: user.id,
        cursor: decodeCursor(query.cursor),
      });
      return toPage(rows, query.limit, (row) => toSummary(row, false));
    },

    async listForJob(user: SessionUser, jobId: string, query: PageQuery & { stage?: ApplicationStage }) {
      const { isMember } = await jobs.loadVisible(user, jobId);
      if (!isMember) throw problems.notFound("Job");
      const rows = await repo.listApplications(deps.database, {
        ...query,
        owner: "jobId",
        ownerId: jobId,
        cursor: decodeCursor(query.cursor),
      });
      return toPage(rows, query.limit, (row) => toSummary(row, true));
    },

    async get(user: SessionUser, applicationId: string) {
      const { row, asEmployer } = await loadVisible(user, applicationId);
      return toApplication(row, asEmployer);
    },

    async move(user: SessionUser, applicationId: string, to: ApplicationStage, note: string) {
      const { row, asEmployer } = await loadVisible(user, applicationId);
      if (!asEmployer) throw problems.forbidden("Only the hiring team moves an application between stages.");
      if (!allowedNextStages(row.stage).includes(to)) {
        throw problems.unprocessable(
          "stage-transition-not-allowed",
          "That stage change is not allowed",
          `An application in ${row.stage} can move to: ${allowedNextStages(row.stage).join(", ") || "nothing (it is closed)"}.`,
        );
      }
      await changeStage(user, row, to, note);
      await enqueueMail(queue, stageChangedEmail(row, to, deps.publicUrl));
      return this.get(user, applicationId);
    },

    async withdraw(user: SessionUser, applicationId: string) {
      const { row } = await loadVisible(user, applicationId);
      if (row.candidateId !== user.id) throw problems.forbidden("Only the candidate can withdraw an application.");
      if (finalStages.includes(row.stage)) {
        throw problems.unprocessable("application-closed", "This application is already closed", `It is ${row.stage}.`);
      }
      await changeStage(user, row, "withdrawn", "");
      return this.get(user, applicationId);
    },

    async history(user: SessionUser, applicationId: string): Promise<StageEvent[]> {
      await loadVisible(user, applicationId);
      return (await repo.listStageEvents(db, applicationId)).map((e) => ({
        ...e,
        fromStage: e.fromStage as ApplicationStage | null,
        toStage: e.toStage as ApplicationStage,
        createdAt: e.createdAt.toISOString(),
      }));
    },
  };
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
