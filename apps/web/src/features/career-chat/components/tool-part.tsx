"use client";

import type {
  AnswerFeedbackResponse,
  CareerPaths,
  CareerResumeFeedback,
  InterviewQuestions,
  JobSearchPlanDetail,
  LearningPlanResponse,
  OccupationMatchList,
  SalaryInsightsResponse,
  SkillGapResponse,
} from "@hirefolio/shared";
import type { ReactNode } from "react";
import { AlertCircleIcon } from "@/components/icons";
import { ButtonLink } from "@/components/ui/button";
import { ListSkeleton } from "@/components/ui/skeleton";
import { CareerPathsCard } from "@/features/career/components/career-paths-card";
import { AnswerFeedback, InterviewPracticeCard } from "@/features/career/components/interview-practice-card";
import { JobSearchPlanCard } from "@/features/career/components/job-search-plan-card";
import { LearningPlanCard } from "@/features/career/components/learning-plan-card";
import { ResumeFeedbackCard } from "@/features/career/components/resume-feedback-card";
import { SalaryRangeCard } from "@/features/career/components/salary-range-card";
import { SkillGapCard } from "@/features/career/components/skill-gap-card";
import { type ChatPart, noticeOf, type ToolPart, toolParts, withoutResult } from "../message-parts";
import { OccupationMatchesCard } from "./occupation-matches-card";

interface ToolCard<T> {
  /** What the coach is doing while the tool runs, e.g. "Analysing the skill gap…". */
  working: string;
  /** A recommendation the user can accept, recorded for the success metrics. */
  recommendation?: boolean;
  render: (output: T) => ReactNode;
}

const card = <T,>(spec: ToolCard<T>) => spec as ToolCard<never>;

/**
 * The card for each coach tool's output (the full career API result). A tool missing here draws nothing: the
 * coach's text already says what it found.
 */
const toolCards: Record<string, ToolCard<never>> = {
  skillGap: card({
    working: "Analysing the skill gap…",
    render: (gap: SkillGapResponse) => <SkillGapCard gap={gap} />,
  }),
  salary: card({
    working: "Looking up salaries…",
    render: (salary: SalaryInsightsResponse) => <SalaryRangeCard salary={salary} />,
  }),
  careerPath: card({
    working: "Finding a path…",
    recommendation: true,
    render: (paths: CareerPaths) => <CareerPathsCard paths={paths} />,
  }),
  learningPlan: card({
    working: "Building a learning plan…",
    recommendation: true,
    render: (plan: LearningPlanResponse) => <LearningPlanCard plan={plan} />,
  }),
  interviewQuestions: card({
    working: "Preparing interview questions…",
    render: (questions: InterviewQuestions) => <InterviewPracticeCard questions={questions} />,
  }),
  matchOccupation: card({
    working: "Matching occupations…",
    render: (matches: OccupationMatchList) => <OccupationMatchesCard matches={matches} />,
  }),
  assessAnswer: card({
    working: "Reading your answer…",
    render: (feedback: AnswerFeedbackResponse) => <AnswerFeedback feedback={feedback} />,
  }),
  resumeFeedback: card({
    working: "Checking your resume…",
    render: (feedback: CareerResumeFeedback) => <ResumeFeedbackCard feedback={feedback} />,
  }),
  jobSearchStrategy: card({
    working: "Planning your job search…",
    recommendation: true,
    render: (plan: JobSearchPlanDetail) => <JobSearchPlanCard plan={plan} />,
  }),
};

/** Whether an answer carries a recommendation (a path, a plan) that the user can accept. */
export function hasRecommendation(parts: readonly ChatPart[]): boolean {
  return toolParts(parts).some(
    (part) =>
      part.state === "output-available" && !withoutResult(part.output) && toolCards[part.toolName]?.recommendation,
  );
}

/** One tool call in an answer: a skeleton while it runs, its card when done, a readable error when it failed. */
export function ToolPartView({ part }: { part: ToolPart }) {
  // A notice's way out (e.g. "Create a resume") is a link whatever the tool; its message is in the text already.
  const link = part.state === "output-available" ? noticeOf(part.output)?.link : undefined;
  if (link) {
    return (
      <ButtonLink href={link.href} variant="secondary" size="sm">
        {link.label}
      </ButtonLink>
    );
  }
  const spec = toolCards[part.toolName];
  if (!spec) return null;
  switch (part.state) {
    case "input-streaming":
    case "input-available":
      return <ListSkeleton rows={2} label={spec.working} />;
    case "output-available":
      // The text already asks its question or states its notice: no card.
      return withoutResult(part.output) ? null : spec.render(part.output as never);
    case "output-error":
      return (
        <p role="alert" className="flex gap-2 rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-800">
          <AlertCircleIcon className="mt-0.5 size-4 shrink-0 text-rose-600" />
          {part.errorText || "This tool failed; try asking again."}
        </p>
      );
    default:
      return null;
  }
}
