"use client";

import type { LearningPlanResponse } from "@hirefolio/shared";
import { type ReactNode, useState } from "react";
import { ExternalLinkIcon } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SourceCitation } from "./source-citation";

/** Long plans open on their first steps; the rest is one click away. */
const initiallyShown = 6;

const weeks = (start: number, end: number) => (start === end ? `Week ${start}` : `Weeks ${start}–${end}`);

/** An ordered study plan: each skill with its weeks, estimated hours and free resources (best first). */
export function LearningPlanCard({ plan, hoursInput }: { plan: LearningPlanResponse; hoursInput?: ReactNode }) {
  const [expanded, setExpanded] = useState(false);
  const steps = expanded ? plan.steps : plan.steps.slice(0, initiallyShown);
  return (
    <Card
      title="Learning plan"
      description={`${Math.round(plan.totalHours)} hours over ${plan.totalWeeks} weeks at ${plan.weeklyHours} h/week`}
      action={hoursInput}
    >
      {plan.steps.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing to study: you already cover this role's important skills.</p>
      ) : (
        <ol className="space-y-4">
          {steps.map((step, index) => (
            <li key={step.skill} className="relative border-l-2 border-brand-200 pl-4">
              <span className="absolute top-1 -left-[7px] size-3 rounded-full bg-brand-500 ring-2 ring-white" />
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="text-sm font-semibold text-slate-900">
                  {index + 1}. {step.skill}
                </p>
                <p className="text-xs text-slate-500">
                  {weeks(step.startWeek, step.endWeek)} · {Math.round(step.hours)} h
                </p>
              </div>
              {step.resources.length > 0 ? (
                <ul className="mt-1.5 space-y-1">
                  {step.resources.map((resource) => (
                    <li key={resource.url} className="flex flex-wrap items-center gap-2 text-sm">
                      <a
                        href={resource.url}
                        target="_blank"
                        rel="noreferrer"
                        className="inline-flex items-center gap-1 font-medium text-brand-700 hover:underline"
                      >
                        {resource.title}
                        <ExternalLinkIcon className="size-3.5" />
                      </a>
                      <Badge tone="neutral">{resource.kind}</Badge>
                      <Badge tone="success">free</Badge>
                      {resource.provider && <span className="text-xs text-slate-500">{resource.provider}</span>}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-1 text-sm text-slate-600">Practise on the job or in a side project.</p>
              )}
            </li>
          ))}
        </ol>
      )}
      {plan.steps.length > initiallyShown && (
        <button
          type="button"
          className="mt-4 rounded text-sm font-medium text-brand-700 hover:underline"
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? "Show fewer steps" : `Show all ${plan.steps.length} steps`}
        </button>
      )}
      <SourceCitation sources={plan.sources} />
    </Card>
  );
}
