import { schema } from "@hirefolio/db";
import { and, desc, eq, ilike } from "drizzle-orm";
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
