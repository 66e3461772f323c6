import type {
  AtsScoreHistory,
  AtsSuggestion,
  SuggestionDecision,
  SuggestionDecisionValue,
  SuggestionDraft,
  SuggestionDraftRequest,
  SuggestionSource,
} from "@hirefolio/shared";
import { api } from "@/lib/api-client";

/** A suggestion as the ATS panel lists it: from the analysis, or drafted on request (then with its source). */
export type OfferedSuggestion = AtsSuggestion & { source?: SuggestionSource };

export const suggestionKeys = {
  scores: (resumeId: string, jobDescriptionHash: string | undefined) =>
    ["resumes", resumeId, "ats-scores", jobDescriptionHash] as const,
};

const base = "/api/v1/resumes";

export const recordSuggestionDecision = (
  resumeId: string,
  { kind, where, before, after, source }: OfferedSuggestion,
  decision: SuggestionDecisionValue,
) =>
  api.post<SuggestionDecision>(`${base}/${resumeId}/suggestion-decisions`, {
    suggestion: { kind, where, before, after, source },
    decision,
  });

export const draftSuggestion = (resumeId: string, request: SuggestionDraftRequest) =>
  api.post<SuggestionDraft>(`${base}/${resumeId}/suggestions/draft`, request);

export const fetchScoreHistory = (resumeId: string, jobDescriptionHash: string) =>
  api.get<AtsScoreHistory>(`${base}/${resumeId}/ats-scores`, { query: { jobDescriptionHash } });
