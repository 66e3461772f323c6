"use client";

import type { AtsAnalysis } from "@hirefolio/shared";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError } from "@/lib/api-client";
import { analyzeResume } from "../api";

/**
 * The job description, the latest analysis and the score before it. Kept by the workspace rather than the ATS tab so
 * switching tabs keeps them. Pending edits are saved first: the API analyses the stored resume.
 */
export function useAtsAnalysis(resumeId: string, save: () => Promise<boolean>) {
  const [jobDescription, setJobDescription] = useState("");
  const [analysis, setAnalysis] = useState<AtsAnalysis | null>(null);
  const [previousScore, setPreviousScore] = useState<number | undefined>(undefined);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());

  const analyze = useMutation({
    mutationFn: async () => {
      if (!(await save())) {
        throw new ApiError({
          type: "unsaved-edits",
          title: "Your latest edits aren't saved yet, so the check would miss them. Resolve the save problem first.",
          status: 0,
        });
      }
      return analyzeResume(resumeId, jobDescription);
    },
    onSuccess: (next) => {
      setPreviousScore(analysis?.score);
      setAnalysis(next);
    },
  });

  const dismiss = (suggestionId: string) => setDismissed((current) => new Set([...current, suggestionId]));

  return { jobDescription, setJobDescription, analysis, previousScore, analyze, dismissed, dismiss };
}

export type AtsAnalysisState = ReturnType<typeof useAtsAnalysis>;
