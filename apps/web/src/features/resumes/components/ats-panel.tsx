"use client";

import { useId } from "react";
import { SparklesIcon } from "@/components/icons";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/form-field";
import { PlanLimitOrError } from "@/features/billing/components/plan-limit-or-error";
import { errorMessage, isApiError } from "@/lib/api-client";
import type { AtsAnalysisState } from "../hooks/use-ats-analysis";
import { templateName } from "../template-names";
import { AtsCheckList } from "./ats-check-list";
import { KeywordChips } from "./keyword-chips";
import { ScoreRing } from "./score-ring";
import { ScoreTrend } from "./score-trend";
import { SubscoreBars } from "./subscore-bars";
import { SuggestionList } from "./suggestion-list";

interface AtsPanelProps {
  ats: AtsAnalysisState;
  canApply: (where: string, after: string) => boolean;
  onApply: (where: string, after: string) => void;
}

export function AtsPanel({ ats, canApply, onApply }: AtsPanelProps) {
  const { analysis, analyze, draft } = ats;
  const resultsId = useId();
  const fieldError = isApiError(analyze.error, 400) ? analyze.error.fieldErrors.jobDescription : undefined;
  const rewriting = draft.isPending && draft.variables.kind === "rewrite-bullet" ? draft.variables.where : undefined;

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
              <ScoreTrend points={ats.scoreHistory} />
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
              {analysis.exportedPdf && (
                <p className="text-xs text-slate-500">
                  Read back from your PDF export ({templateName(analysis.exportedPdf.templateId)} template,{" "}
                  {analysis.exportedPdf.pageCount} {analysis.exportedPdf.pageCount === 1 ? "page" : "pages"}), the way
                  an ATS reads it.
                </p>
              )}
              <AtsCheckList checks={analysis.checks} />
            </section>
            <section aria-labelledby={`${resultsId}-suggestions`} className="space-y-3 border-t border-slate-100 pt-5">
              <div className="flex items-center justify-between gap-2">
                <h3 id={`${resultsId}-suggestions`} className="text-sm font-semibold text-slate-900">
                  Suggestions <span className="font-normal text-slate-500">({ats.suggestions.length})</span>
                </h3>
                <Button
                  size="sm"
                  variant="secondary"
                  loading={draft.isPending && draft.variables.kind === "summary"}
                  disabled={draft.isPending}
                  onClick={() => draft.mutate({ kind: "summary" })}
                >
                  {!(draft.isPending && draft.variables.kind === "summary") && <SparklesIcon />}
                  Draft summary with AI
                </Button>
              </div>
              <p className="text-xs text-slate-500">
                Apply only what is true for you; fill the highlighted placeholders with your real figures.
              </p>
              <PlanLimitOrError
                error={draft.error}
                message={draft.isError ? `We couldn't draft that. ${errorMessage(draft.error)}` : null}
              />
              {ats.draftNote && (
                <p role="status" className="rounded-lg bg-slate-50 p-3 text-xs text-slate-600">
                  {ats.draftNote}
                </p>
              )}
              <FormError message={ats.decisionError} />
              <SuggestionList
                suggestions={ats.suggestions}
                canApply={(s) => canApply(s.where, s.after)}
                onApply={(s) => {
                  onApply(s.where, s.after);
                  ats.decide(s, "accepted");
                }}
                onDismiss={(s) => ats.decide(s, "dismissed")}
                onRewrite={(s) => draft.mutate({ kind: "rewrite-bullet", where: s.where })}
                rewriting={rewriting}
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
