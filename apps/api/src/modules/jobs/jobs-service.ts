import type { DbOrTx } from "@hirefolio/db";
import {
  applicationStageSchema,
  type CreateJob,
  type Job,
  type PageQuery,
  type PipelineStats,
  type UpdateJob,
} from "@hirefolio/shared";
import type { SessionUser } from "../../http/auth-guard";
import { decodeCursor, toPage } from "../../http/cursor";
import { problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import type { EmployersService } from "../employers/employers-service";
import * as repo from "./jobs-repo";

type Listed = Omit<repo.JobRow, "applicantCount"> & { applicantCount?: number };

function toJob(row: Listed, withCount: boolean): Job {
  const { applicantCount, ...rest } = row;
  return {
    ...rest,
    ...(withCount ? { applicantCount: Number(applicantCount ?? 0) } : {}),
  };
}

function salaryInOrder(min: number | null, max: number | null) {
  if (min != null && max != null && min > max) {
    throw problems.badRequest("salaryMin must not exceed salaryMax", [
      { field: "body.salaryMax", message: "must be at least salaryMin" },
    ]);
  }
}

export function createJobsService(deps: { db: DbOrTx; clock: Clock; employers: EmployersService }) {
  const { db, clock, employers } = deps;

  /** A job is visible to anyone while open; drafts and closed jobs only to the employer's members. */
  async function loadVisible(user: SessionUser | undefined, jobId: string) {
    const row = await repo.findJob(db, jobId);
    if (!row) throw problems.notFound("Job");
    const isMember = user
      ? await employers.requireMember(user, row.employerId).then(
          () => true,
          () => false,
        )
      : false;
    if (row.status !== "open" && !isMember) throw problems.notFound("Job");
    return { row, isMember };
  }

  return {
    loadVisible,

    async listOpen(query: PageQuery & { q?: string; workplace?: Job["workplace"] }) {
      const rows = await repo.listOpenJobs(db, { ...query, cursor: decodeCursor(query.cursor) });
      return toPage(rows, query.limit, (row) => toJob(row, false));
    },

    async listForEmployer(user: SessionUser, employerId: string, query: PageQuery & { status?: Job["status"] }) {
      await employers.requireMember(user, employerId);
      const rows = await repo.listEmployerJobs(db, employerId, { ...query, cursor: decodeCursor(query.cursor) });
      return toPage(rows, query.limit, (row) => toJob(row, true));
    },

    async get(user: SessionUser | undefined, jobId: string) {
      const { row, isMember } = await loadVisible(user, jobId);
      const job = toJob(row, isMember);
      if (user?.role === "candidate") job.myApplication = await repo.findApplicationOf(db, jobId, user.id);
      return job;
    },

    /** Counts for the recruiter dashboard, in two grouped queries instead of a request per job. */
    async pipelineStats(user: SessionUser, employerId: string): Promise<PipelineStats> {
      await employers.requireMember(user, employerId);
      const [jobRows, stageRows] = await Promise.all([
        repo.countJobsByStatus(db, employerId),
        repo.countApplicationsByStage(db, employerId),
      ]);
      const jobs = { draft: 0, open: 0, closed: 0 };
      for (const { status, count } of jobRows) jobs[status] = count;
      const byStage: Record<string, number> = Object.fromEntries(applicationStageSchema.options.map((s) => [s, 0]));
      for (const { stage, count } of stageRows) byStage[stage] = count;
      const applicants = Object.entries(byStage).reduce(
        (sum, [stage, n]) => (stage === "withdrawn" ? sum : sum + n),
        0,
      );
      return { jobs, applicants, byStage };
    },

    async create(user: SessionUser, employerId: string, input: CreateJob) {
      await employers.requireMember(user, employerId);
      const id = crypto.randomUUID();
      await repo.insertJob(db, { ...input, id, employerId, createdBy: user.id, now: clock.now() });
      return this.get(user, id);
    },

    async update(user: SessionUser, jobId: string, patch: UpdateJob) {
      const { row, isMember } = await loadVisible(user, jobId);
      if (!isMember) throw problems.forbidden("Only members of this employer may edit the job.");
      salaryInOrder(
        patch.salaryMin !== undefined ? patch.salaryMin : row.salaryMin,
        patch.salaryMax !== undefined ? patch.salaryMax : row.salaryMax,
      );
      await repo.updateJob(db, jobId, patch, clock.now());
      return this.get(user, jobId);
    },
  };
}

export type JobsService = ReturnType<typeof createJobsService>;
