import { type DbOrTx, schema } from "@hirefolio/db";
import type { CareerCoachFacts } from "@hirefolio/shared";
import { and, asc, desc, eq } from "drizzle-orm";
import { afterCursor, type CursorPosition } from "../../http/cursor";

const { careerChatConversation, careerChatMessage, careerChatFeedback } = schema;

export type ConversationRow = typeof careerChatConversation.$inferSelect;
export type MessageRow = typeof careerChatMessage.$inferSelect;
export type ChatPart = MessageRow["parts"][number];

export async function insertConversation(
  db: DbOrTx,
  values: { id: string; userId: string; title: string; facts: CareerCoachFacts; now: Date },
) {
  const { now, ...rest } = values;
  const [row] = await db
    .insert(careerChatConversation)
    .values({ ...rest, createdAt: now, updatedAt: now })
    .returning();
  return row as ConversationRow;
}

/** The conversation if the user owns it; someone else's looks exactly like a missing one. */
export async function findOwnedConversation(db: DbOrTx, userId: string, id: string) {
  const [row] = await db
    .select()
    .from(careerChatConversation)
    .where(and(eq(careerChatConversation.id, id), eq(careerChatConversation.userId, userId)));
  return row;
}

/** The user's conversations, newest first. */
export function listConversations(db: DbOrTx, userId: string, page: { cursor?: CursorPosition; limit: number }) {
  return db
    .select()
    .from(careerChatConversation)
    .where(
      and(
        eq(careerChatConversation.userId, userId),
        afterCursor(page.cursor, careerChatConversation.createdAt, careerChatConversation.id),
      ),
    )
    .orderBy(desc(careerChatConversation.createdAt), desc(careerChatConversation.id))
    .limit(page.limit + 1);
}

export async function updateConversation(
  db: DbOrTx,
  id: string,
  values: { title?: string; facts?: CareerCoachFacts; rating?: number; ratedAt?: Date; now: Date },
) {
  const { now, ...rest } = values;
  const [row] = await db
    .update(careerChatConversation)
    .set({ ...rest, updatedAt: now })
    .where(eq(careerChatConversation.id, id))
    .returning();
  return row as ConversationRow;
}

export async function deleteConversation(db: DbOrTx, id: string) {
  await db.delete(careerChatConversation).where(eq(careerChatConversation.id, id));
}

export function listMessages(db: DbOrTx, conversationId: string) {
  return db
    .select()
    .from(careerChatMessage)
    .where(eq(careerChatMessage.conversationId, conversationId))
    .orderBy(asc(careerChatMessage.createdAt), asc(careerChatMessage.id));
}

export async function insertMessages(
  db: DbOrTx,
  messages: { id: string; conversationId: string; role: MessageRow["role"]; parts: ChatPart[]; createdAt: Date }[],
) {
  await db.insert(careerChatMessage).values(messages);
}

/** An assistant message in a conversation the user owns; feedback is only for the coach's answers. */
export async function findOwnedAssistantMessage(db: DbOrTx, userId: string, conversationId: string, messageId: string) {
  const [row] = await db
    .select({ id: careerChatMessage.id })
    .from(careerChatMessage)
    .innerJoin(careerChatConversation, eq(careerChatConversation.id, careerChatMessage.conversationId))
    .where(
      and(
        eq(careerChatMessage.id, messageId),
        eq(careerChatMessage.conversationId, conversationId),
        eq(careerChatMessage.role, "assistant"),
        eq(careerChatConversation.userId, userId),
      ),
    );
  return row;
}

/** The user's verdict on a message so far, if any. */
export async function findFeedback(db: DbOrTx, messageId: string, userId: string) {
  const [row] = await db
    .select({ rating: careerChatFeedback.rating, accepted: careerChatFeedback.accepted })
    .from(careerChatFeedback)
    .where(and(eq(careerChatFeedback.messageId, messageId), eq(careerChatFeedback.userId, userId)));
  return row;
}

/**
 * One verdict per user and message. A later one replaces only what it sends: "accept" after a thumbs up keeps the
 * thumbs up, and a new rating keeps an earlier "accept".
 */
export async function upsertFeedback(
  db: DbOrTx,
  values: {
    messageId: string;
    userId: string;
    rating?: "up" | "down" | undefined;
    accepted?: boolean | undefined;
    now: Date;
  },
) {
  const { messageId, userId, rating, accepted, now } = values;
  const [row] = await db
    .insert(careerChatFeedback)
    .values({ messageId, userId, rating: rating ?? null, accepted: accepted ?? false, updatedAt: now })
    .onConflictDoUpdate({
      target: [careerChatFeedback.messageId, careerChatFeedback.userId],
      set: { ...(rating ? { rating } : {}), ...(accepted === undefined ? {} : { accepted }), updatedAt: now },
    })
    .returning({ rating: careerChatFeedback.rating, accepted: careerChatFeedback.accepted });
  if (!row) throw new Error("feedback was not saved");
  return row;
}
