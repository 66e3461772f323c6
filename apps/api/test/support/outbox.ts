import { schema } from "@hirefolio/db";
import { and, asc, desc, eq, ilike } from "drizzle-orm";
import type { AppDeps } from "../../src/app-deps";

/** Mail goes through the job queue, so tests wait for it to land in the outbox. */
export async function waitForMail(deps: AppDeps, to: string, subjectContains: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [message] = await deps.database.db
      .select()
      .from(schema.outboxMessage)
      .where(and(eq(schema.outboxMessage.to, to), ilike(schema.outboxMessage.subject, `%${subjectContains}%`)))
      .orderBy(desc(schema.outboxMessage.createdAt))
      .limit(1);
    if (message) return message;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no mail to ${to} with "${subjectContains}" within ${timeoutMs} ms`);
}

export function firstLink(text: string) {
  const match = text.match(/https?:\/\/\S+/);
  if (!match) throw new Error(`no link in: ${text}`);
  return new URL(match[0]);
}

/** Mails to one address carrying an iCalendar attachment (invitations, updates, cancellations), oldest first, once `count` arrived. */
export async function calendarMailsTo(deps: AppDeps, email: string, count: number, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = (
      await deps.database.db
        .select()
        .from(schema.outboxMessage)
        .where(eq(schema.outboxMessage.to, email))
        .orderBy(asc(schema.outboxMessage.createdAt))
    ).filter((m) => m.attachments.length > 0);
    if (rows.length >= count || Date.now() > deadline) return rows;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
