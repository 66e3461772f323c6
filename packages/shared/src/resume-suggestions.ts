import { z } from "zod";
import { atsJobDescriptionSchema, atsSuggestionSchema } from "./ats";

/**
 * Writing suggestions for a saved resume: the candidate's accept/dismiss decisions, and drafts written on request by
 * the built-in engine or, when one is configured, an LLM that is only given the resume's own facts.
 */

export const suggestionSourceSchema = z
  .enum(["offline", "llm"])
  .describe("offline: Hirefolio's built-in engine; llm: the configured OpenAI-compatible model");
export type SuggestionSource = z.infer<typeof suggestionSourceSchema>;

export const suggestionDecisionValueSchema = z.enum(["accepted", "dismissed"]);
export type SuggestionDecisionValue = z.infer<typeof suggestionDecisionValueSchema>;

const resumePath = z
  .string()
  .trim()
  .max(200)
  .regex(/^[A-Za-z]\w*(\.\w+|\[\d{1,3}\])*$/, 'must be a resume path such as "work[0].highlights[2]"');
const suggestionText = z.string().max(5_000);

export const recordSuggestionDecisionSchema = z.object({
  suggestion: z.object({
    kind: atsSuggestionSchema.shape.kind,
    where: resumePath,
    before: suggestionText.optional(),
    after: suggestionText.trim().min(1, "The suggestion has no text"),
    source: suggestionSourceSchema.default("offline"),
  }),
  decision: suggestionDecisionValueSchema,
});
export type RecordSuggestionDecision = z.infer<typeof recordSuggestionDecisionSchema>;

export const suggestionDecisionSchema = z.object({
  id: z.string(),
  kind: atsSuggestionSchema.shape.kind,
  decision: suggestionDecisionValueSchema,
  before: z.string(),
  after: z.string(),
  source: suggestionSourceSchema,
  createdAt: z.string(),
});
export type SuggestionDecision = z.infer<typeof suggestionDecisionSchema>;

export const draftableSuggestionKindSchema = z.enum(["summary", "rewrite-bullet"]);
export type DraftableSuggestionKind = z.infer<typeof draftableSuggestionKindSchema>;

export const suggestionDraftRequestSchema = z
  .object({
    kind: draftableSuggestionKindSchema,
    where: resumePath.optional().describe('The bullet to rewrite, e.g. "work[0].highlights[2]"; unused for a summary'),
    jobDescription: atsJobDescriptionSchema.optional().describe("Steers the draft towards the job's keywords"),
  })
  .refine((v) => v.kind !== "rewrite-bullet" || /\.highlights\[\d+\]$/.test(v.where ?? ""), {
    message: 'Name the bullet to rewrite, e.g. "work[0].highlights[2]"',
    path: ["where"],
  });
export type SuggestionDraftRequest = z.infer<typeof suggestionDraftRequestSchema>;

export const draftedSuggestionSchema = atsSuggestionSchema.extend({ source: suggestionSourceSchema });
export type DraftedSuggestion = z.infer<typeof draftedSuggestionSchema>;

export const suggestionDraftSchema = z.object({
  suggestions: z.array(draftedSuggestionSchema).describe("Empty when there is nothing to improve"),
  llmUnavailable: z
    .boolean()
    .describe("An LLM is configured but gave no usable answer, so the built-in engine drafted these instead"),
});
export type SuggestionDraft = z.infer<typeof suggestionDraftSchema>;
