import { z } from "zod";

/**
 * ATS analysis contract: a resume checked against a job description. The resume shape here is only what the analyser
 * reads; the objects are loose so that a full JSON Resume document (and any custom fields) passes through unchanged.
 */

export const atsVocabularyKindSchema = z.enum(["tool", "skill", "knowledge", "certification"]);
export type AtsVocabularyKind = z.infer<typeof atsVocabularyKindSchema>;

/** A job title is a keyword too: ATS filters often match the title in the headline or positions. */
export const atsKeywordKindSchema = z.enum([...atsVocabularyKindSchema.options, "title"]);
export type AtsKeywordKind = z.infer<typeof atsKeywordKindSchema>;

export const atsVocabularyEntrySchema = z.object({
  id: z.string().min(1),
  term: z.string().min(1),
  kind: atsVocabularyKindSchema,
  aliases: z.array(z.string()),
  hot: z.boolean(),
  inDemand: z.boolean(),
  occupations: z.number().int().min(0).describe("How many occupations list the term; breaks ties between entries"),
});
export type AtsVocabularyEntry = z.infer<typeof atsVocabularyEntrySchema>;

export const atsJobTitleSchema = z.object({ title: z.string().min(1), alternates: z.array(z.string()) });
export type AtsJobTitle = z.infer<typeof atsJobTitleSchema>;

// Generous limits: they stop abuse of the endpoint without rejecting any resume a person would write.
const text = z.string().max(20_000).optional();
const textList = z.array(z.string().max(5_000)).max(500).optional();
const list = <T extends z.ZodType>(item: T) => z.array(item).max(500).optional();
const datedEntry = { startDate: text, endDate: text, summary: text, highlights: textList };

export const atsResumeInputSchema = z.looseObject({
  basics: z
    .looseObject({
      name: text,
      label: text,
      email: text,
      phone: text,
      url: text,
      summary: text,
      location: z.looseObject({ city: text, region: text, countryCode: text }).optional(),
      profiles: list(z.looseObject({ network: text, username: text, url: text })),
    })
    .optional(),
  work: list(z.looseObject({ name: text, position: text, ...datedEntry })),
  volunteer: list(z.looseObject({ organization: text, position: text, ...datedEntry })),
  education: list(
    z.looseObject({
      institution: text,
      area: text,
      studyType: text,
      startDate: text,
      endDate: text,
      courses: textList,
    }),
  ),
  skills: list(z.looseObject({ name: text, keywords: textList })),
  projects: list(z.looseObject({ name: text, description: text, keywords: textList, ...datedEntry })),
  certificates: list(z.looseObject({ name: text, issuer: text, date: text })),
});
export type AtsResumeInput = z.infer<typeof atsResumeInputSchema>;

export const atsAnalyzeOptionsSchema = z.object({
  pageCount: z.number().int().min(1).max(100).optional().describe("Pages of the exported PDF"),
  extractedText: z
    .string()
    .max(200_000)
    .optional()
    .describe("Text read back from the exported PDF, checked for characters that extract badly"),
  lostFields: z
    .array(z.string())
    .max(500)
    .optional()
    .describe("Resume paths whose text did not come back intact from the exported PDF"),
});
export type AtsAnalyzeOptions = z.infer<typeof atsAnalyzeOptionsSchema>;

export const atsJobDescriptionSchema = z
  .string()
  .trim()
  .min(1, "Paste the job description")
  .max(20_000)
  // Whitespace-like characters that trim() keeps (zero-width spaces, lone punctuation) are still blank to a reader.
  .refine((s) => /[\p{L}\p{N}]/u.test(s), "The job description has no words in it");

/**
 * Either an inline document (checked as sent, nothing stored) or a saved resume by id. Only a saved resume gets the
 * extras: its exported PDF is read back and checked, its score is added to the history for this job description,
 * and suggestions the owner dismissed are left out.
 */
export const atsAnalyzeRequestSchema = z
  .object({
    resume: atsResumeInputSchema.optional(),
    resumeId: z.string().min(1).max(64).optional(),
    jobDescription: atsJobDescriptionSchema,
  })
  .refine((v) => (v.resume === undefined) !== (v.resumeId === undefined), {
    message: "Send either resume or resumeId",
    path: ["resume"],
  });
export type AtsAnalyzeRequest = z.infer<typeof atsAnalyzeRequestSchema>;

export const atsImportanceSchema = z.enum(["must", "nice"]);
export type AtsImportance = z.infer<typeof atsImportanceSchema>;

const score = z.number().int().min(0).max(100);
const resumePath = z.string().describe('A path into the resume, e.g. "work[0].highlights[2]"');
const jobDescriptionHash = z
  .string()
  .regex(/^[0-9a-f]{64}$/, "must be a jobDescriptionHash from an analysis")
  .describe("sha-256 of the job description with case and whitespace normalised");

export const atsMatchedKeywordSchema = z.object({
  term: z.string(),
  kind: atsKeywordKindSchema,
  importance: atsImportanceSchema,
  weight: z.number().describe("Relative weight from the job description's section and repetition"),
  matchedAs: z.enum(["exact", "normalised", "alias"]),
  where: z.array(resumePath),
});
export type AtsMatchedKeyword = z.infer<typeof atsMatchedKeywordSchema>;

export const atsMissingKeywordSchema = z.object({
  term: z.string(),
  kind: atsKeywordKindSchema,
  importance: atsImportanceSchema,
  weight: z.number(),
  suggestion: z.object({ where: resumePath, text: z.string() }),
});
export type AtsMissingKeyword = z.infer<typeof atsMissingKeywordSchema>;

export const atsCheckCategorySchema = z.enum(["keywords", "content", "format", "contact"]);
export type AtsCheckCategory = z.infer<typeof atsCheckCategorySchema>;

export const atsCheckSchema = z.object({
  id: z.string().describe('Stable identifier, e.g. "contact.email-missing"'),
  category: atsCheckCategorySchema,
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  where: resumePath.optional(),
});
export type AtsCheck = z.infer<typeof atsCheckSchema>;

export const atsSuggestionSchema = z.object({
  id: z.string(),
  kind: z.enum(["quantify", "rewrite-bullet", "insert-keyword", "summary"]),
  where: resumePath,
  before: z.string().optional(),
  after: z.string().describe('Proposed text; figures are placeholders such as "[N]%" for the user to fill in'),
  reason: z.string(),
});
export type AtsSuggestion = z.infer<typeof atsSuggestionSchema>;

export const atsSubscoresSchema = z.object({ keywords: score, content: score, format: score, contact: score });
export type AtsSubscores = z.infer<typeof atsSubscoresSchema>;

export const atsAnalysisSchema = z.object({
  score,
  subscores: atsSubscoresSchema,
  weights: z
    .object({ keywords: z.number(), content: z.number(), format: z.number(), contact: z.number() })
    .describe("Share of each subscore in the total; they sum to 1"),
  keywords: z.object({
    matched: z.array(atsMatchedKeywordSchema),
    missing: z.array(atsMissingKeywordSchema),
    extra: z.array(z.string()).max(20),
    exactMatchRate: z.number().min(0).max(1),
    normalisedMatchRate: z.number().min(0).max(1),
  }),
  checks: z.array(atsCheckSchema),
  suggestions: z.array(atsSuggestionSchema),
  jobDescriptionHash: jobDescriptionHash
    .optional()
    .describe("Saved resumes only: the key of this job description's score history (GET …/ats-scores)"),
  exportedPdf: z
    .object({ templateId: z.string(), pageCount: z.number().int().min(1) })
    .optional()
    .describe("Saved resumes only: the PDF export with the resume's template that the pdf-text checks read back"),
});
export type AtsAnalysis = z.infer<typeof atsAnalysisSchema>;

export const atsScoreQuerySchema = z.object({ jobDescriptionHash: jobDescriptionHash.optional() });
export type AtsScoreQuery = z.infer<typeof atsScoreQuerySchema>;

export const atsScorePointSchema = z.object({ jobDescriptionHash, score, createdAt: z.string() });
export type AtsScorePoint = z.infer<typeof atsScorePointSchema>;

export const atsScoreHistorySchema = z.object({
  items: z.array(atsScorePointSchema).describe("Oldest first; analyses within a minute of each other share a point"),
});
export type AtsScoreHistory = z.infer<typeof atsScoreHistorySchema>;
