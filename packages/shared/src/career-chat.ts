import { z } from "zod";
import { atsImportanceSchema, atsSubscoresSchema, atsSuggestionSchema } from "./ats";
import { dataSourceSchema, occupationRefSchema, onetCodeSchema } from "./career";
import { pageSchema } from "./pagination";

/**
 * Room for a question or a pasted job description (most run 2,000–6,000 characters); it keeps one message from
 * flooding the model or the database.
 */
export const CAREER_CHAT_MESSAGE_MAX = 8000;

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
/** The user's 1–5 verdict on a whole conversation; rating again replaces it. */
export const rateCareerConversationSchema = z.object({
  rating: z.number().int().min(1, "A rating is 1 to 5 stars").max(5, "A rating is 1 to 5 stars"),
});
export type RateCareerConversation = z.infer<typeof rateCareerConversationSchema>;
export const careerChatMessageParamsSchema = z.object({ id: z.uuid(), messageId: z.uuid() });

export const careerConversationSchema = z.object({
  id: z.string(),
  title: z.string(),
  facts: careerCoachFactsSchema,
  rating: z.number().int().min(1).max(5).nullable().describe("How helpful the user found the conversation, 1–5"),
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

const careerChatRatingSchema = z.enum(["up", "down"]);

/** A thumbs rating, "accept recommendation", or both; what is left out keeps its earlier value. */
export const careerChatFeedbackSchema = z
  .object({
    rating: careerChatRatingSchema.optional(),
    accepted: z.boolean().optional(),
  })
  .refine((v) => v.rating !== undefined || v.accepted !== undefined, {
    message: "Send a rating, accepted, or both",
    path: ["rating"],
  });
export type CareerChatFeedback = z.infer<typeof careerChatFeedbackSchema>;
export const careerChatFeedbackResultSchema = z.object({
  messageId: z.string(),
  rating: careerChatRatingSchema.nullable().describe("null until the user gives a thumbs rating"),
  accepted: z.boolean(),
});
export type CareerChatFeedbackResult = z.infer<typeof careerChatFeedbackResultSchema>;

/** Cards and lists stay readable: the strongest keywords and the few suggestions worth doing first. */
export const RESUME_FEEDBACK_KEYWORDS = 10;
export const RESUME_FEEDBACK_SUGGESTIONS = 3;

/** The coach's `resumeFeedback` tool result: the ATS check of one of the user's resumes against a role or a job ad. */
export const careerResumeFeedbackSchema = z.object({
  resume: z.object({ id: z.string(), title: z.string() }),
  against: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("role"), occupation: occupationRefSchema }),
    z.object({ kind: z.literal("jobDescription") }),
  ]),
  score: z.number().int().min(0).max(100),
  subscores: atsSubscoresSchema,
  matchedKeywords: z
    .array(z.object({ term: z.string(), importance: atsImportanceSchema }))
    .max(RESUME_FEEDBACK_KEYWORDS),
  missingKeywords: z
    .array(z.object({ term: z.string(), importance: atsImportanceSchema, where: z.string() }))
    .max(RESUME_FEEDBACK_KEYWORDS)
    .describe("Must-haves first; `where` is the resume path the ATS analyser suggests adding it to"),
  suggestions: z.array(atsSuggestionSchema).max(RESUME_FEEDBACK_SUGGESTIONS),
  sources: z
    .array(dataSourceSchema)
    .describe("The role profile's data set; empty for a pasted job description, which is its own source"),
});
export type CareerResumeFeedback = z.infer<typeof careerResumeFeedbackSchema>;

/** What a coach tool answers instead of a result when it cannot run for the user, e.g. no resume yet. */
export const careerCoachNoticeSchema = z.object({
  notice: z.enum(["noResume", "resumeNotFound", "noPracticeQuestion"]),
  message: z.string(),
  link: z.object({ href: z.string(), label: z.string() }).optional(),
});
export type CareerCoachNotice = z.infer<typeof careerCoachNoticeSchema>;
