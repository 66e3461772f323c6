"use client";

import type { AtsSuggestion } from "@hirefolio/shared";
import { useId } from "react";
import { SparklesIcon } from "@/components/icons";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/form-field";
import { errorMessage, isApiError } from "@/lib/api-client";
import type { AtsAnalysisState } from "../hooks/use-ats-analysis";
import { AtsCheckList } from "./ats-check-list";
import { KeywordChips } from "./keyword-chips";
import { ScoreRing } from "./score-ring";
import { SubscoreBars } from "./subscore-bars";
import { SuggestionList } from "./suggestion-list";

interface AtsPanelProps {
  ats: AtsAnalysisState;
  canApply: (where: string, after: string) => boolean;
  onApply: (where: string, after: string) => void;
}

export function AtsPanel({ ats, canApply, onApply }: AtsPanelProps) {
  const { analysis, analyze } = ats;
  const resultsId = useId();
  const fieldError = isApiError(analyze.error, 400) ? analyze.error.fieldErrors.jobDescription : undefined;
  const suggestions = analysis?.suggestions.filter((s) => !ats.dismissed.has(s.id)) ?? [];

  return (
    <div className="space-y-6">
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          analyze.mutate();
        }}
      >
        <TextAreaField
          label="Job description"
          hint="Paste the full posting; we compare its keywords and requirements with your resume."
          value={ats.jobDescription}
          error={fieldError}
          onChange={(event) => ats.setJobDescription(event.target.value)}
          rows={6}
        />
        {!fieldError && <FormError message={analyze.error ? errorMessage(analyze.error) : null} />}
        <Button type="submit" loading={analyze.isPending} disabled={!ats.jobDescription.trim()} className="w-full">
          <SparklesIcon />
          {analysis ? "Re-analyze" : "Analyze"}
        </Button>
      </form>

      <p role="status" className="sr-only">
        {analyze.isPending ? "Analyzing your resume…" : analysis ? `ATS score ${analysis.score} of 100.` : ""}
      </p>
      <div id={resultsId} className="space-y-6">
        {analysis && (
          <>
            <section aria-label="Score" className="space-y-4">
              <ScoreRing score={analysis.score} previous={ats.previousScore} />
              <SubscoreBars subscores={analysis.subscores} />
            </section>
            <section aria-labelledby={`${resultsId}-keywords`} className="space-y-3 border-t border-slate-100 pt-5">
              <h3 id={`${resultsId}-keywords`} className="sr-only">
                Keywords
              </h3>
              <KeywordChips keywords={analysis.keywords} />
            </section>
            <section aria-labelledby={`${resultsId}-checks`} className="space-y-3 border-t border-slate-100 pt-5">
              <h3 id={`${resultsId}-checks`} className="text-sm font-semibold text-slate-900">
                Checks
              </h3>
              <AtsCheckList checks={analysis.checks} />
            </section>
            <section aria-labelledby={`${resultsId}-suggestions`} className="space-y-3 border-t border-slate-100 pt-5">
              <h3 id={`${resultsId}-suggestions`} className="text-sm font-semibold text-slate-900">
                Suggestions <span className="font-normal text-slate-500">({suggestions.length})</span>
              </h3>
              <p className="text-xs text-slate-500">
                Apply only what is true for you; fill the highlighted placeholders with your real figures.
              </p>
              <SuggestionList
                suggestions={suggestions}
                canApply={(s: AtsSuggestion) => canApply(s.where, s.after)}
                onApply={(s) => {
                  onApply(s.where, s.after);
                  ats.dismiss(s.id);
                }}
                onDismiss={(s) => ats.dismiss(s.id)}
              />
            </section>
          </>
        )}
        {!analysis && !analyze.isPending && (
          <p className="rounded-lg bg-slate-50 p-4 text-sm text-slate-600">
            Your score, the keywords you match and miss, and concrete fixes will show here.
          </p>
        )}
      </div>
    </div>
  );
}
