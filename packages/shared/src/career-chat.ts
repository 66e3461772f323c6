import { z } from "zod";
import { onetCodeSchema } from "./career";
import { pageSchema } from "./pagination";

/** Longer than any real question; it keeps one message from flooding the model or the database. */
export const CAREER_CHAT_MESSAGE_MAX = 2000;

/** What the coach has learned about the user in a conversation, so it asks for each fact only once. */
export const careerCoachFactsSchema = z.object({
  currentRole: onetCodeSchema.optional(),
  targetRole: onetCodeSchema.optional(),
  location: z.string().max(120).optional(),
  weeklyHours: z.number().int().min(1).max(60).optional(),
});
export type CareerCoachFacts = z.infer<typeof careerCoachFactsSchema>;

export const careerChatTitleSchema = z.string().trim().min(1).max(120);

export const createCareerConversationSchema = z.object({ title: careerChatTitleSchema.optional() });
export const renameCareerConversationSchema = z.object({ title: careerChatTitleSchema });
export const careerConversationParamsSchema = z.object({ id: z.uuid() });
export const careerChatMessageParamsSchema = z.object({ id: z.uuid(), messageId: z.uuid() });

export const careerConversationSchema = z.object({
  id: z.string(),
  title: z.string(),
  facts: careerCoachFactsSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CareerConversation = z.infer<typeof careerConversationSchema>;
export const careerConversationPageSchema = pageSchema(careerConversationSchema);

/** AI SDK UI message parts as stored: text, and tool parts whose outputs the web draws as cards. */
export const careerChatPartSchema = z.looseObject({ type: z.string() });

export const careerChatMessageSchema = z.object({
  id: z.string(),
  role: z.enum(["user", "assistant"]),
  parts: z.array(careerChatPartSchema),
  createdAt: z.string(),
});
export type CareerChatMessage = z.infer<typeof careerChatMessageSchema>;

export const careerConversationDetailSchema = careerConversationSchema.extend({
  messages: z.array(careerChatMessageSchema),
});
export type CareerConversationDetail = z.infer<typeof careerConversationDetailSchema>;

/**
 * The body `useChat` sends (its messages array); only the last user message's text is read, since the history
 * comes from the database and a client must not be able to rewrite what the assistant said.
 */
export const sendCareerChatMessageSchema = z.object({
  messages: z
    .array(
      z.looseObject({
        role: z.string(),
        parts: z.array(z.looseObject({ type: z.string(), text: z.string().optional() })),
      }),
    )
    .min(1)
    .max(200),
});
export type SendCareerChatMessage = z.infer<typeof sendCareerChatMessageSchema>;

export const careerChatFeedbackSchema = z.object({
  rating: z.enum(["up", "down"]),
  accepted: z.boolean().optional(),
});
export type CareerChatFeedback = z.infer<typeof careerChatFeedbackSchema>;
export const careerChatFeedbackResultSchema = careerChatFeedbackSchema.extend({
  messageId: z.string(),
  accepted: z.boolean(),
});
