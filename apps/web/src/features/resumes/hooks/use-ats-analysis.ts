"use client";

import type {
  AtsAnalysis,
  DraftedSuggestion,
  SuggestionDecisionValue,
  SuggestionDraft,
  SuggestionDraftRequest,
} from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError, errorMessage } from "@/lib/api-client";
import { analyzeResume } from "../api";
import {
  draftSuggestion,
  fetchScoreHistory,
  type OfferedSuggestion,
  recordSuggestionDecision,
  suggestionKeys,
} from "../suggestions-api";

/**
 * A decided suggestion stays hidden only while it proposes the same change: the analysis keeps a suggestion's id
 * for the same field, so once the text there changes a fresh suggestion with that id is shown again.
 */
const decisionKey = (s: OfferedSuggestion) => `${s.id}\n${s.before ?? ""}\n${s.after}`;

/** What to say about a draft beyond the cards it adds, if anything. */
function draftNoteFor(result: SuggestionDraft, added: number): string | null {
  if (result.llmUnavailable) return "Your LLM didn't answer, so the built-in engine drafted this instead.";
  if (result.suggestions.length === 0) return "That bullet already opens with an action and states a figure.";
  if (added === 0) return "The built-in engine's draft is the suggestion already in the list.";
  return null;
}

function unsavedEdits() {
  return new ApiError({
    type: "unsaved-edits",
    title: "Your latest edits aren't saved yet, so the check would miss them. Resolve the save problem first.",
    status: 0,
  });
}

/**
 * The job description, the latest analysis, the score before it, its history for this job description, drafts
 * asked for and the accept/dismiss decisions. Kept by the workspace rather than the ATS tab so switching tabs keeps
 * them. Pending edits are saved first: the API analyses and drafts from the stored resume.
 */
export function useAtsAnalysis(resumeId: string, save: () => Promise<boolean>) {
  const queryClient = useQueryClient();
  const [jobDescription, setJobDescription] = useState("");
  const [analysis, setAnalysis] = useState<AtsAnalysis | null>(null);
  const [previousScore, setPreviousScore] = useState<number | undefined>(undefined);
  const [drafts, setDrafts] = useState<DraftedSuggestion[]>([]);
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [decisionError, setDecisionError] = useState<string | null>(null);
  const [draftNote, setDraftNote] = useState<string | null>(null);

  const analyze = useMutation({
    mutationFn: async () => {
      if (!(await save())) throw unsavedEdits();
      return analyzeResume(resumeId, jobDescription);
    },
    onSuccess: (next) => {
      setPreviousScore(analysis?.score);
      setAnalysis(next);
      // This analysis added or updated the newest point of the series.
      queryClient.invalidateQueries({ queryKey: suggestionKeys.scores(resumeId, next.jobDescriptionHash) });
    },
  });

  const hash = analysis?.jobDescriptionHash;
  const history = useQuery({
    queryKey: suggestionKeys.scores(resumeId, hash),
    queryFn: () => fetchScoreHistory(resumeId, hash!),
    enabled: hash !== undefined,
  });

  const setHidden = (suggestion: OfferedSuggestion, hidden: boolean) =>
    setDecided((current) => {
      const next = new Set(current);
      if (hidden) next.add(decisionKey(suggestion));
      else next.delete(decisionKey(suggestion));
      return next;
    });

  // Optimistic: the suggestion leaves the list at once and comes back with a message if the API refuses.
  const decide = useMutation({
    mutationFn: ({ suggestion, decision }: { suggestion: OfferedSuggestion; decision: SuggestionDecisionValue }) =>
      recordSuggestionDecision(resumeId, suggestion, decision),
    onMutate: ({ suggestion }) => {
      setDecisionError(null);
      setHidden(suggestion, true);
    },
    onError: (error, { suggestion }) => {
      setHidden(suggestion, false);
      setDecisionError(`Your choice wasn't saved, so the suggestion is back in the list. ${errorMessage(error)}`);
    },
  });

  const visible: OfferedSuggestion[] = [...drafts, ...(analysis?.suggestions ?? [])].filter(
    (s) => !decided.has(decisionKey(s)),
  );

  const draft = useMutation({
    mutationFn: async (request: Omit<SuggestionDraftRequest, "jobDescription">) => {
      if (!(await save())) throw unsavedEdits();
      return draftSuggestion(resumeId, { ...request, jobDescription: jobDescription.trim() || undefined });
    },
    onMutate: () => setDraftNote(null),
    onSuccess: (result) => {
      // The built-in engine's draft is often one the list already shows; no second card for it.
      const offered = new Set(visible.map((s) => `${s.where}\n${s.after}`));
      const fresh = result.suggestions.filter((s) => !offered.has(`${s.where}\n${s.after}`));
      const ids = new Set(fresh.map((s) => s.id));
      setDrafts((current) => [...fresh, ...current.filter((s) => !ids.has(s.id))]);
      setDraftNote(draftNoteFor(result, fresh.length));
    },
  });

  return {
    jobDescription,
    setJobDescription,
    analysis,
    previousScore,
    analyze,
    scoreHistory: history.data?.items ?? [],
    suggestions: visible,
    decide: (suggestion: OfferedSuggestion, decision: SuggestionDecisionValue) =>
      decide.mutate({ suggestion, decision }),
    decisionError,
    draft,
    draftNote,
  };
}

export type AtsAnalysisState = ReturnType<typeof useAtsAnalysis>;
