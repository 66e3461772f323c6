import type { CareerResumeFeedback } from "@hirefolio/shared";
import { ArrowRightIcon } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ScoreRing } from "@/features/resumes/components/score-ring";
import { SubscoreBars } from "@/features/resumes/components/subscore-bars";
import { SourceCitation } from "./source-citation";

/** The coach's resume check: the ATS score against the target role or a pasted job ad, what is missing, what to change. */
export function ResumeFeedbackCard({ feedback }: { feedback: CareerResumeFeedback }) {
  const against =
    feedback.against.kind === "role" ? `the ${feedback.against.occupation.title} profile` : "the job description";
  return (
    <Card
      title="Resume check"
      description={`"${feedback.resume.title}" against ${against}`}
      action={
        <ButtonLink href={`/resume/builder/${feedback.resume.id}`} variant="secondary" size="sm">
          Open in the builder
          <ArrowRightIcon />
        </ButtonLink>
      }
    >
      <div className="grid gap-6 md:grid-cols-[auto_1fr] md:items-center">
        <ScoreRing score={feedback.score} />
        <SubscoreBars subscores={feedback.subscores} />
      </div>
      {feedback.missingKeywords.length > 0 && (
        <div className="mt-5 space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">Missing keywords</h3>
          <ul className="flex flex-wrap gap-1.5">
            {feedback.missingKeywords.map((keyword) => (
              <li key={keyword.term}>
                <Badge tone={keyword.importance === "must" ? "danger" : "neutral"}>
                  {keyword.term}
                  {keyword.importance === "must" && <span className="-ml-1">· must</span>}
                </Badge>
              </li>
            ))}
          </ul>
        </div>
      )}
      {feedback.matchedKeywords.length > 0 && (
        <div className="mt-4 space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">Already there</h3>
          <ul className="flex flex-wrap gap-1.5">
            {feedback.matchedKeywords.map((keyword) => (
              <li key={keyword.term}>
                <Badge tone="success">{keyword.term}</Badge>
              </li>
            ))}
          </ul>
        </div>
      )}
      {feedback.suggestions.length > 0 && (
        <div className="mt-5 space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">What to change</h3>
          <ol className="space-y-2">
            {feedback.suggestions.map((suggestion) => (
              <li key={suggestion.id} className="rounded-lg border border-slate-200 p-3 text-sm">
                <p className="text-slate-900">{suggestion.after}</p>
                <p className="mt-1 text-slate-500">{suggestion.reason}</p>
              </li>
            ))}
          </ol>
        </div>
      )}
      {feedback.sources.length > 0 && <SourceCitation sources={feedback.sources} />}
    </Card>
  );
}
