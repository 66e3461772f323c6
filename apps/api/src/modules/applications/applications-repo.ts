import { type DatabaseHandle, type DbOrTx, isoTimestamp, prepareRawSelect, schema } from "@hirefolio/db";
import type { ApplicationStage } from "@hirefolio/shared";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { CursorPosition } from "../../http/cursor";

const { application, applicationStageEvent, job, organization, user } = schema;

const summaryColumns = {
  id: application.id,
  jobId: application.jobId,
  jobTitle: job.title,
  employerId: job.organizationId,
  employerName: organization.name,
  candidateId: application.candidateId,
  candidateName: user.name,
  candidateEmail: user.email,
  stage: application.stage,
  resumeId: application.resumeId,
  hasResume: sql<boolean>`${application.resumeSnapshot} is not null`.as("has_resume"),
  createdAt: isoTimestamp(application.createdAt),
  updatedAt: isoTimestamp(application.updatedAt),
};
const applicationColumns = { ...summaryColumns, coverNote: application.coverNote };

// Drizzle cannot type a join chain over a generic column set, so the two selects share their join conditions.
const jobOfApplication = eq(job.id, application.jobId);
const employerOfJob = eq(organization.id, job.organizationId);
const candidateOfApplication = eq(user.id, application.candidateId);

function selectSummaries(db: DbOrTx) {
  const from = db.select(summaryColumns).from(application);
  return from
    .innerJoin(job, jobOfApplication)
    .innerJoin(organization, employerOfJob)
    .innerJoin(user, candidateOfApplication);
}

function selectApplications(db: DbOrTx) {
  const from = db.select(applicationColumns).from(application);
  return from
    .innerJoin(job, jobOfApplication)
    .innerJoin(organization, employerOfJob)
    .innerJoin(user, candidateOfApplication);
}

export type ApplicationRow = Awaited<ReturnType<typeof findApplication>> & {};
export type ApplicationSummaryRow = Omit<ApplicationRow, "coverNote">;

export async function findApplication(db: DbOrTx, applicationId: string) {
  const [row] = await selectApplications(db).where(eq(application.id, applicationId)).limit(1);
  return row;
}

type Owner = "candidateId" | "jobId";

/**
 * The application lists are the busiest queries: each is a named prepared statement (built once per database),
 * with optional filters written as `$n is null or …` so one plan serves every page and stage filter.
 */
function prepareList(database: DatabaseHandle, owner: Owner) {
  const ownerColumn = owner === "candidateId" ? application.candidateId : application.jobId;
  const stage = sql.placeholder("stage");
  const cursorAt = sql.placeholder("cursorAt");
  const query = selectSummaries(database.db)
    .where(
      and(
        eq(ownerColumn, sql.placeholder("ownerId")),
        sql`(${stage}::text is null or ${application.stage} = ${stage}::text)`,
        sql`(${cursorAt}::timestamptz is null or (${application.createdAt}, ${application.id}) < (${cursorAt}::timestamptz, ${sql.placeholder("cursorId")}::text))`,
      ),
    )
    .orderBy(desc(application.createdAt), desc(application.id))
    .limit(sql.placeholder("limit"));
  return prepareRawSelect<ApplicationSummaryRow>(database, `list_applications_by_${owner}`, query);
}

const preparedLists = new WeakMap<DatabaseHandle, Record<Owner, ReturnType<typeof prepareList>>>();

export function listApplications(
  database: DatabaseHandle,
  filter: { owner: Owner; ownerId: string; stage?: ApplicationStage; cursor?: CursorPosition; limit: number },
) {
  let prepared = preparedLists.get(database);
  if (!prepared) {
    prepared = { candidateId: prepareList(database, "candidateId"), jobId: prepareList(database, "jobId") };
    preparedLists.set(database, prepared);
  }
  return prepared[filter.owner]({
    ownerId: filter.ownerId,
    stage: filter.stage ?? null,
    cursorAt: filter.cursor?.createdAt.toISOString() ?? null,
    cursorId: filter.cursor?.id ?? null,
    limit: filter.limit + 1,
  });
}

export async function insertApplication(
  db: DbOrTx,
  values: {
    id: string;
    jobId: string;
    candidateId: string;
    coverNote: string;
    resume: (ResumeSnapshot & { id: string }) | null;
    now: Date;
  },
) {
  const { resume } = values;
  const inserted = await db
    .insert(application)
    .values({
      id: values.id,
      jobId: values.jobId,
      candidateId: values.candidateId,
      coverNote: values.coverNote,
      resumeId: resume?.id ?? null,
      resumeSnapshot: resume && {
        title: resume.title,
        templateId: resume.templateId,
        document: resume.document,
        updatedAt: resume.updatedAt,
      },
      createdAt: values.now,
      updatedAt: values.now,
    })
    .onConflictDoNothing()
    .returning({ id: application.id });
  return inserted.length > 0;
}

/** Moves only if the stage is still `from`, so two recruiters moving at once cannot both win. */
export async function moveStage(db: DbOrTx, id: string, from: ApplicationStage, to: ApplicationStage, now: Date) {
  const moved = await db
    .update(application)
    .set({ stage: to, updatedAt: now })
    .where(and(eq(application.id, id), eq(application.stage, from)))
    .returning({ id: application.id });
  return moved.length > 0;
}

export async function insertStageEvent(
  db: DbOrTx,
  values: {
    applicationId: string;
    fromStage: ApplicationStage | null;
    toStage: ApplicationStage;
    actorId: string;
    note: string;
    now: Date;
  },
) {
  await db.insert(applicationStageEvent).values({
    id: crypto.randomUUID(),
    applicationId: values.applicationId,
    fromStage: values.fromStage,
    toStage: values.toStage,
    actorId: values.actorId,
    note: values.note,
    createdAt: values.now,
  });
}

export function listStageEvents(db: DbOrTx, applicationId: string) {
  return db
    .select({
      id: applicationStageEvent.id,
      fromStage: applicationStageEvent.fromStage,
      toStage: applicationStageEvent.toStage,
      actorName: user.name,
      note: applicationStageEvent.note,
      createdAt: applicationStageEvent.createdAt,
    })
    .from(applicationStageEvent)
    .leftJoin(user, eq(user.id, applicationStageEvent.actorId))
    .where(eq(applicationStageEvent.applicationId, applicationId))
    .orderBy(asc(applicationStageEvent.createdAt), asc(applicationStageEvent.id));
}

export type ResumeSnapshot = NonNullable<typeof application.$inferSelect.resumeSnapshot>;

export async function findResumeSnapshot(db: DbOrTx, applicationId: string) {
  const [row] = await db
    .select({ snapshot: application.resumeSnapshot })
    .from(application)
    .where(eq(application.id, applicationId))
    .limit(1);
  return row?.snapshot ?? undefined;
}
