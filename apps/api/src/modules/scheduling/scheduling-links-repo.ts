import { type DbOrTx, schema } from "@hirefolio/db";
import { and, eq, isNull } from "drizzle-orm";

const { application, job, organization, schedulingLink, user } = schema;

export type SchedulingLinkRow = typeof schedulingLink.$inferSelect;

export async function insertLink(db: DbOrTx, row: typeof schedulingLink.$inferInsert) {
  const [stored] = await db.insert(schedulingLink).values(row).returning();
  return stored!;
}

/** The link with what its page shows about the employer, and the application's candidate. */
export async function findLinkByToken(db: DbOrTx, token: string) {
  const [row] = await db
    .select({
      link: schedulingLink,
      employerId: job.organizationId,
      employerName: organization.name,
      jobId: job.id,
      candidateId: application.candidateId,
      candidateName: user.name,
    })
    .from(schedulingLink)
    .innerJoin(application, eq(application.id, schedulingLink.applicationId))
    .innerJoin(job, eq(job.id, application.jobId))
    .innerJoin(organization, eq(organization.id, job.organizationId))
    .innerJoin(user, eq(user.id, application.candidateId))
    .where(eq(schedulingLink.token, token));
  return row;
}

/** Points the link at its interview; a compare-and-set so two tabs cannot both attach one. */
export async function attachInterview(db: DbOrTx, linkId: string, expected: string | null, interviewId: string) {
  const updated = await db
    .update(schedulingLink)
    .set({ interviewId })
    .where(
      and(
        eq(schedulingLink.id, linkId),
        expected === null ? isNull(schedulingLink.interviewId) : eq(schedulingLink.interviewId, expected),
      ),
    )
    .returning({ id: schedulingLink.id });
  return updated.length > 0;
}
