import { type DbOrTx, schema } from "@hirefolio/db";
import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";

const { resumeEvent } = schema;

export type ResumeEventKind = (typeof resumeEvent.$inferSelect)["kind"];

/** An application or interview event; the unique (application, kind) index makes a repeat a no-op. */
export async function insertApplicationEvent(
  db: DbOrTx,
  values: { resumeId: string; applicationId: string; kind: "application" | "interview"; now: Date },
) {
  await db
    .insert(resumeEvent)
    .values({
      id: crypto.randomUUID(),
      resumeId: values.resumeId,
      applicationId: values.applicationId,
      kind: values.kind,
      createdAt: values.now,
    })
    .onConflictDoNothing();
}

/**
 * A share-link view or download, unless this visitor already has one of that kind on that link: the visitor key
 * changes every day, so repeats count once a day. One statement, so two quick reloads cannot both insert.
 */
export async function insertVisitorEvent(
  db: DbOrTx,
  values: { resumeId: string; shareLinkId: string; kind: "view" | "download"; visitorKey: string; now: Date },
) {
  await db.execute(sql`
    insert into ${resumeEvent} (id, resume_id, share_link_id, kind, visitor_key, created_at)
    select ${crypto.randomUUID()}, ${values.resumeId}, ${values.shareLinkId}, ${values.kind}, ${values.visitorKey},
      ${values.now.toISOString()}::timestamptz
    where not exists (
      select 1 from ${resumeEvent}
      where ${resumeEvent.shareLinkId} = ${values.shareLinkId} and ${resumeEvent.kind} = ${values.kind}
        and ${resumeEvent.visitorKey} = ${values.visitorKey}
    )`);
}

/**
 * Events of the given resumes in [from, to), counted per resume, kind and UTC day. Interviews are counted for the
 * applications sent in the window (whenever the invitation came) and dated by the application, so a day's
 * interviews never outnumber its applications.
 */
export async function countEventsByDay(db: DbOrTx, resumeIds: string[], window: { from: Date; to: Date }) {
  const day = sql<string>`to_char(${resumeEvent.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`;
  const inWindow = and(
    inArray(resumeEvent.resumeId, resumeIds),
    gte(resumeEvent.createdAt, window.from),
    lt(resumeEvent.createdAt, window.to),
  );
  const visits = await db
    .select({ resumeId: resumeEvent.resumeId, kind: resumeEvent.kind, day, count: sql<number>`count(*)::int` })
    .from(resumeEvent)
    .where(and(inWindow, inArray(resumeEvent.kind, ["view", "download", "application"])))
    .groupBy(resumeEvent.resumeId, resumeEvent.kind, day);
  const invited = sql`exists (select 1 from ${resumeEvent} as invitation
    where invitation.application_id = ${resumeEvent.applicationId} and invitation.kind = 'interview')`;
  const interviews = await db
    .select({ resumeId: resumeEvent.resumeId, day, count: sql<number>`count(*)::int` })
    .from(resumeEvent)
    .where(and(inWindow, eq(resumeEvent.kind, "application"), invited))
    .groupBy(resumeEvent.resumeId, day);
  return [...visits, ...interviews.map((row) => ({ ...row, kind: "interview" as const }))];
}
