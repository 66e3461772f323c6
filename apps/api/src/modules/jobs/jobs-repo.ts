import { type DbOrTx, isoTimestamp, schema } from "@hirefolio/db";
import type { CreateJob, UpdateJob } from "@hirefolio/shared";
import { and, desc, eq, ilike, or, sql } from "drizzle-orm";
import { afterCursor, type CursorPosition } from "../../http/cursor";

const { job, organization, application } = schema;

const jobColumns = {
  id: job.id,
  employerId: job.organizationId,
  employerName: organization.name,
  title: job.title,
  description: job.description,
  location: job.location,
  workplace: job.workplace,
  salaryMin: job.salaryMin,
  salaryMax: job.salaryMax,
  salaryCurrency: job.salaryCurrency,
  status: job.status,
  createdAt: isoTimestamp(job.createdAt),
  updatedAt: isoTimestamp(job.updatedAt),
};

const applicantCount = sql<number>`(select count(*)::int from ${application} where ${application.jobId} = ${job.id} and ${application.stage} <> 'withdrawn')`;

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function listOpenJobs(
  db: DbOrTx,
  filter: { q?: string; workplace?: "onsite" | "hybrid" | "remote"; cursor?: CursorPosition; limit: number },
) {
  const pattern = filter.q ? `%${escapeLike(filter.q)}%` : undefined;
  return db
    .select(jobColumns)
    .from(job)
    .innerJoin(organization, eq(organization.id, job.organizationId))
    .where(
      and(
        eq(job.status, "open"),
        filter.workplace ? eq(job.workplace, filter.workplace) : undefined,
        pattern
          ? or(
              ilike(job.title, pattern),
              ilike(job.location, pattern),
              ilike(organization.name, pattern),
              ilike(job.description, pattern),
            )
          : undefined,
        afterCursor(filter.cursor, job.createdAt, job.id),
      ),
    )
    .orderBy(desc(job.createdAt), desc(job.id))
    .limit(filter.limit + 1);
}

export function listEmployerJobs(
  db: DbOrTx,
  employerId: string,
  filter: { status?: "draft" | "open" | "closed"; cursor?: CursorPosition; limit: number },
) {
  return db
    .select({ ...jobColumns, applicantCount })
    .from(job)
    .innerJoin(organization, eq(organization.id, job.organizationId))
    .where(
      and(
        eq(job.organizationId, employerId),
        filter.status ? eq(job.status, filter.status) : undefined,
        afterCursor(filter.cursor, job.createdAt, job.id),
      ),
    )
    .orderBy(desc(job.createdAt), desc(job.id))
    .limit(filter.limit + 1);
}

export async function findJob(db: DbOrTx, jobId: string) {
  const [row] = await db
    .select({ ...jobColumns, applicantCount })
    .from(job)
    .innerJoin(organization, eq(organization.id, job.organizationId))
    .where(eq(job.id, jobId))
    .limit(1);
  return row;
}

export async function insertJob(
  db: DbOrTx,
  values: CreateJob & { id: string; employerId: string; createdBy: string; now: Date },
) {
  const { employerId, now, ...rest } = values;
  await db.insert(job).values({ ...rest, organizationId: employerId, createdAt: now, updatedAt: now });
}

export async function updateJob(db: DbOrTx, jobId: string, patch: UpdateJob, now: Date) {
  await db
    .update(job)
    .set({ ...patch, updatedAt: now })
    .where(eq(job.id, jobId));
}

export type JobRow = Awaited<ReturnType<typeof findJob>> & {};

export function countJobsByStatus(db: DbOrTx, employerId: string) {
  return db
    .select({ status: job.status, count: sql<number>`count(*)::int` })
    .from(job)
    .where(eq(job.organizationId, employerId))
    .groupBy(job.status);
}

export function countApplicationsByStage(db: DbOrTx, employerId: string) {
  return db
    .select({ stage: application.stage, count: sql<number>`count(*)::int` })
    .from(application)
    .innerJoin(job, eq(job.id, application.jobId))
    .where(eq(job.organizationId, employerId))
    .groupBy(application.stage);
}

export async function findApplicationOf(db: DbOrTx, jobId: string, candidateId: string) {
  const [row] = await db
    .select({ id: application.id, stage: application.stage })
    .from(application)
    .where(and(eq(application.jobId, jobId), eq(application.candidateId, candidateId)))
    .limit(1);
  return row ?? null;
}
