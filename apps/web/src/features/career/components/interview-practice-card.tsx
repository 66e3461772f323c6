"use client";

import type { AnswerFeedbackResponse, InterviewQuestions } from "@hirefolio/shared";
import { useState } from "react";
import { CheckIcon, XIcon } from "@/components/icons";
import { FormError } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextAreaField } from "@/components/ui/form-field";
import { errorMessage, isApiError } from "@/lib/api-client";
import { cx } from "@/lib/class-names";
import { useAssessAnswer } from "../api";
import { SourceCitation } from "./source-citation";

const kindTones: Record<InterviewQuestions["questions"][number]["kind"], BadgeTone> = {
  task: "brand",
  skill: "violet",
  technology: "sky",
  behavioural: "amber",
};

const starParts = ["situation", "task", "action", "result"] as const;

/** Structure, specificity and results of an assessed answer, with what to improve. */
export function AnswerFeedback({ feedback }: { feedback: AnswerFeedbackResponse }) {
  const { specificity } = feedback;
  return (
    <section aria-label="Answer feedback" className="space-y-4 rounded-xl border border-slate-200 bg-slate-50 p-4">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-semibold text-slate-900">Feedback</h3>
        <Badge tone={feedback.score >= 70 ? "success" : feedback.score >= 40 ? "amber" : "danger"}>
          Score {feedback.score}/100
        </Badge>
      </div>
      <div>
        <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Structure (STAR)</h4>
        <ul className="mt-1.5 grid grid-cols-2 gap-1.5 sm:grid-cols-4">
          {starParts.map((part) => {
            const present = feedback.structure[part];
            return (
              <li
                key={part}
                className={cx(
                  "flex items-center gap-1.5 rounded-md px-2 py-1 text-sm capitalize",
                  present ? "bg-emerald-50 text-emerald-800" : "bg-rose-50 text-rose-800",
                )}
              >
                {present ? <CheckIcon className="size-4" /> : <XIcon className="size-4" />}
                {part}
              </li>
            );
          })}
        </ul>
      </div>
      <div>
        <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Specificity</h4>
        <p className="mt-1 text-sm text-slate-700">
          {specificity.numbers.length} figure{specificity.numbers.length === 1 ? "" : "s"}
          {specificity.numbers.length > 0 && ` (${specificity.numbers.join(", ")})`} · {specificity.namedTools.length}{" "}
          named tool{specificity.namedTools.length === 1 ? "" : "s"}
          {specificity.namedTools.length > 0 && ` (${specificity.namedTools.join(", ")})`}
        </p>
      </div>
      <div>
        <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Results</h4>
        <p className="mt-1 text-sm text-slate-700">
          {specificity.resultStatements} outcome statement{specificity.resultStatements === 1 ? "" : "s"} ·{" "}
          {feedback.words} words
        </p>
      </div>
      {feedback.suggestions.length > 0 && (
        <div>
          <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Tips</h4>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
            {feedback.suggestions.map((tip) => (
              <li key={tip}>{tip}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** Role-specific and behavioural questions; pick one, answer it, get structured feedback. Nothing is stored. */
export function InterviewPracticeCard({ questions }: { questions: InterviewQuestions }) {
  const [selected, setSelected] = useState(0);
  const [answer, setAnswer] = useState("");
  const assess = useAssessAnswer();
  const question = questions.questions[selected];
  const answerError = isApiError(assess.error) ? assess.error.fieldErrors.answer : undefined;

  return (
    <Card title="Interview practice" description={`Questions for ${questions.occupation.title}`}>
      {questions.questions.length === 0 ? (
        <p className="text-sm text-slate-600">No questions for this occupation yet.</p>
      ) : (
        <div className="grid gap-5 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          <ul className="max-h-96 space-y-1 overflow-auto pr-1">
            {questions.questions.map((q, index) => (
              <li key={q.text}>
                <button
                  type="button"
                  aria-pressed={index === selected}
                  onClick={() => {
                    setSelected(index);
                    assess.reset();
                  }}
                  className={cx(
                    "w-full rounded-lg border px-3 py-2 text-left text-sm transition-colors",
                    index === selected
                      ? "border-brand-300 bg-brand-50 text-slate-900"
                      : "border-transparent text-slate-700 hover:bg-slate-50",
                  )}
                >
                  <Badge tone={kindTones[q.kind]} className="mb-1">
                    {q.kind}
                  </Badge>
                  <span className="block">{q.text}</span>
                </button>
              </li>
            ))}
          </ul>
          {question && (
            <form
              className="space-y-3"
              onSubmit={(event) => {
                event.preventDefault();
                assess.mutate({ question: question.text, answer, code: questions.occupation.code });
              }}
            >
              <p className="text-sm font-medium text-slate-900">{question.text}</p>
              <p className="text-xs text-slate-500">Probes: {question.basis}</p>
              <TextAreaField
                label="Your answer"
                hint="Situation, task, action, result — with figures and tools you used."
                rows={7}
                maxLength={10_000}
                value={answer}
                error={answerError}
                onChange={(event) => setAnswer(event.target.value)}
              />
              <FormError message={assess.error && !answerError ? errorMessage(assess.error) : null} />
              <Button type="submit" loading={assess.isPending} disabled={!answer.trim()}>
                Assess answer
              </Button>
              {assess.data && <AnswerFeedback feedback={assess.data} />}
            </form>
          )}
        </div>
      )}
      <SourceCitation sources={[questions.source]} />
    </Card>
  );
}
