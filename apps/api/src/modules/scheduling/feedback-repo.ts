import { type DbOrTx, schema } from "@hirefolio/db";
import type { FeedbackInput } from "@hirefolio/shared";

const { interviewFeedback } = schema;

export async function saveFeedback(db: DbOrTx, interviewId: string, authorId: string, input: FeedbackInput, now: Date) {
  const [row] = await db
    .insert(interviewFeedback)
    .values({ id: crypto.randomUUID(), interviewId, authorId, ...input, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [interviewFeedback.interviewId, interviewFeedback.authorId],
      set: { ...input, updatedAt: now },
    })
    .returning();
  return row!;
}
