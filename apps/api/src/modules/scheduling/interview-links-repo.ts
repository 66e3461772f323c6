import { type DbOrTx, schema } from "@hirefolio/db";
import { eq } from "drizzle-orm";

const { interview, interviewLink, organization } = schema;

export async function insertInterviewLink(db: DbOrTx, interviewId: string, tokenHash: string, now: Date) {
  await db.insert(interviewLink).values({ id: crypto.randomUUID(), interviewId, tokenHash, createdAt: now });
}

/** The interview a candidate's link points to, with the employer's name for the page. */
export async function findLinkedInterview(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({ interview, employerName: organization.name })
    .from(interviewLink)
    .innerJoin(interview, eq(interview.id, interviewLink.interviewId))
    .innerJoin(organization, eq(organization.id, interview.organizationId))
    .where(eq(interviewLink.tokenHash, tokenHash));
  return row;
}
