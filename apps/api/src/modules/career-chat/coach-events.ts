import { type DbOrTx, schema } from "@hirefolio/db";
import type { UIMessage } from "ai";
import { and, eq, isNull, sql } from "drizzle-orm";
import { recordEvent } from "../../platform/events/record-event";

type Verdict = { rating: "up" | "down" | null; accepted: boolean };

/** The tools whose results the answer shows: AI SDK tool parts are `tool-<name>`, shown once their output is in. */
export function shownToolOutputs(parts: UIMessage["parts"]): string[] {
  return parts.flatMap((part) =>
    part.type.startsWith("tool-") && "state" in part && part.state === "output-available"
      ? [part.type.slice("tool-".length)]
      : [],
  );
}

/**
 * The events of one answered question, written in the transaction that saves it: the question sent, and one
 * outcome per tool result the answer shows (a chat "reaches an outcome" when the coach showed a card).
 */
export async function recordAnswerEvents(
  tx: DbOrTx,
  userId: string,
  conversationId: string,
  turn: { askedAt: Date; answeredAt: Date; answer: UIMessage },
) {
  const common = { actorId: userId, subjectId: conversationId };
  await recordEvent(tx, { ...common, type: "coach.message_sent", occurredAt: turn.askedAt });
  for (const tool of shownToolOutputs(turn.answer.parts)) {
    await recordEvent(tx, {
      ...common,
      type: "coach.outcome_shown",
      properties: { tool, messageId: turn.answer.id },
      occurredAt: turn.answeredAt,
    });
  }
}

/**
 * What changed in the user's verdict on an answer: a first "accept" is a recommendation accepted, and a new or
 * changed thumbs is feedback. Repeating the same verdict records nothing, so a double click counts once.
 */
export async function recordFeedbackEvents(
  tx: DbOrTx,
  values: {
    userId: string;
    conversationId: string;
    messageId: string;
    before: Verdict | undefined;
    after: Verdict;
    now: Date;
  },
) {
  const { userId, conversationId, messageId, before, after, now } = values;
  const common = { actorId: userId, subjectId: conversationId, occurredAt: now };
  if (after.accepted && !before?.accepted) {
    await recordEvent(tx, { ...common, type: "coach.recommendation_accepted", properties: { messageId } });
  }
  if (after.rating !== null && after.rating !== before?.rating) {
    await recordEvent(tx, {
      ...common,
      type: "coach.feedback",
      properties: { messageId, thumbs: after.rating, rating: null },
    });
  }
}

/**
 * A conversation's 1–5 rating is one `coach.feedback` event (no message, no thumbs) kept up to date: rating again
 * replaces it, so the average rating counts each conversation once, at its latest verdict.
 */
export async function recordConversationRating(
  tx: DbOrTx,
  values: { userId: string; conversationId: string; rating: number; now: Date },
) {
  const { event } = schema;
  const { userId, conversationId, rating, now } = values;
  const properties = { thumbs: null, rating };
  const updated = await tx
    .update(event)
    .set({ properties, occurredAt: now })
    .where(
      and(
        eq(event.subjectId, conversationId),
        eq(event.type, "coach.feedback"),
        isNull(sql`${event.properties}->>'messageId'`),
      ),
    )
    .returning({ id: event.id });
  if (updated.length > 0) return;
  await recordEvent(tx, {
    type: "coach.feedback",
    actorId: userId,
    subjectId: conversationId,
    properties,
    occurredAt: now,
  });
}
