"use client";

import type { JobSearchPlanDetail, JobSearchTaskCategory, JobSearchUrgency } from "@hirefolio/shared";
import Link from "next/link";
import { useId, useState } from "react";
import { ChevronDownIcon, ExternalLinkIcon } from "@/components/icons";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { errorMessage } from "@/lib/api-client";
import { cx } from "@/lib/class-names";
import { useInstantChoice } from "@/lib/use-instant-choice";
import { useJobSearchPlan, useToggleJobSearchTask } from "../job-search-api";
import { SourceCitation } from "./source-citation";

type PlanWeek = JobSearchPlanDetail["plan"]["weeks"][number];
type PlanTask = PlanWeek["tasks"][number];

const categories: Record<JobSearchTaskCategory, { label: string; tone: BadgeTone }> = {
  "search-setup": { label: "Search", tone: "sky" },
  resume: { label: "Resume", tone: "violet" },
  skills: { label: "Skills", tone: "amber" },
  applications: { label: "Apply", tone: "brand" },
  networking: { label: "Network", tone: "success" },
  interview: { label: "Interview", tone: "neutral" },
};

const urgencyLabels: Record<JobSearchUrgency, string> = {
  asap: "As soon as possible",
  "within-3-months": "Within 3 months",
  exploring: "Exploring",
};

const day = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const formatDay = (isoDate: string) => day.format(new Date(`${isoDate}T00:00:00Z`));
const formatHours = (hours: number) => `${Number.isInteger(hours) ? hours : hours.toFixed(2).replace(/0$/, "")} h`;

function ProgressBar({ done, total, percent }: { done: number; total: number; percent: number }) {
  return (
    <div className="space-y-1.5">
      <div className="flex justify-between text-sm">
        <span className="font-medium text-slate-900">
          {done} of {total} done
        </span>
        <span className="tabular-nums text-slate-500">{percent}%</span>
      </div>
      <div
        role="progressbar"
        aria-label="Plan progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 overflow-hidden rounded-full bg-slate-100"
      >
        <div
          className="h-full rounded-full bg-emerald-500 motion-safe:transition-[width] motion-safe:duration-300"
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}

function TaskLink({ href }: { href: string }) {
  const className = "inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline";
  if (href.startsWith("/")) {
    return (
      <Link href={href} className={className}>
        Open
      </Link>
    );
  }
  return (
    <a href={href} target="_blank" rel="noreferrer" className={className}>
      Open resource
      <ExternalLinkIcon className="size-3.5" />
    </a>
  );
}

type Toggle = (done: boolean, callbacks: { onSettled: () => void }) => void;

function TaskRow({ task, onToggle }: { task: PlanTask; onToggle: Toggle }) {
  const id = useId();
  const [done, choose] = useInstantChoice(task.doneAt !== null, onToggle);
  const category = categories[task.category];
  return (
    <li className="flex gap-3 py-3">
      <input
        id={id}
        type="checkbox"
        checked={done}
        onChange={(event) => choose(event.target.checked)}
        className="mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-emerald-600"
      />
      <div className="min-w-0 flex-1 space-y-1">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
          <label
            htmlFor={id}
            className={cx("text-sm font-medium", done ? "text-slate-500 line-through" : "text-slate-900")}
          >
            {task.title}
          </label>
          <span className="flex shrink-0 items-center gap-2 text-xs text-slate-500">
            <Badge tone={category.tone}>{category.label}</Badge>
            {formatHours(task.estimatedHours)}
          </span>
        </div>
        <p className="text-sm text-slate-600">{task.detail}</p>
        <p className="text-xs text-slate-500">
          <span className="font-medium text-slate-600">Why:</span> {task.evidence}
        </p>
        {task.link && <TaskLink href={task.link} />}
      </div>
    </li>
  );
}

function WeekSection({
  week,
  current,
  open,
  onOpenChange,
  onToggle,
}: {
  week: PlanWeek;
  current: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onToggle: (task: PlanTask, done: boolean, callbacks: { onSettled: () => void }) => void;
}) {
  const done = week.tasks.filter((t) => t.doneAt !== null).length;
  const panelId = useId();
  return (
    <li className={cx("rounded-xl border", current ? "border-brand-300 bg-brand-50/40" : "border-slate-200")}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => onOpenChange(!open)}
        className="flex w-full flex-wrap items-center justify-between gap-2 rounded-xl px-4 py-3 text-left"
      >
        <span className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-semibold text-slate-900">Week {week.week}</span>
          <span className="text-sm text-slate-500">
            {formatDay(week.startsOn)} · {week.focus}
          </span>
          {current && <Badge tone="brand">This week</Badge>}
        </span>
        <span className="flex items-center gap-3 text-xs text-slate-500">
          <span className={cx("tabular-nums", done === week.tasks.length && "font-medium text-emerald-700")}>
            {done}/{week.tasks.length} done · {formatHours(week.hours)}
          </span>
          <ChevronDownIcon className={cx("size-4 transition-transform", open && "rotate-180")} />
        </span>
      </button>
      {open && (
        <ul id={panelId} className="divide-y divide-slate-100 border-t border-slate-100 px-4">
          {week.tasks.map((task) => (
            <TaskRow key={task.id} task={task} onToggle={(checked, callbacks) => onToggle(task, checked, callbacks)} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * A weekly job search checklist: progress, this week highlighted and open, every task with why and where to do it.
 * Ticks show at once and are saved in the background; a failed save unticks the task and says why.
 */
export function JobSearchPlanCard({ plan: initial }: { plan: JobSearchPlanDetail }) {
  const { data: plan = initial } = useJobSearchPlan(initial.id, initial);
  const toggle = useToggleJobSearchTask(plan.id);
  const [failed, setFailed] = useState<{ title: string; error: unknown } | null>(null);
  const currentWeek = plan.progress.thisWeek?.week ?? null;
  const [openWeeks, setOpenWeeks] = useState(() => new Set([currentWeek ?? 1]));
  const { situation } = plan;

  const onToggle = (task: PlanTask, done: boolean, callbacks: { onSettled: () => void }) => {
    setFailed(null);
    toggle.mutate(
      { taskId: task.id, done },
      { ...callbacks, onError: (error) => setFailed({ title: task.title, error }) },
    );
  };
  const setOpen = (week: number, open: boolean) =>
    setOpenWeeks((weeks) => {
      const next = new Set(weeks);
      if (open) next.add(week);
      else next.delete(week);
      return next;
    });

  const description = [
    `${plan.plan.totalWeeks} weeks`,
    `${plan.plan.weeklyHours} h/week`,
    situation.location,
    `from ${formatDay(situation.startDate)}`,
  ]
    .filter(Boolean)
    .join(" · ");

  return (
    <Card
      title={`Job search plan: ${situation.target.title}`}
      description={description}
      action={
        <Badge tone={situation.urgency === "asap" ? "amber" : "neutral"}>{urgencyLabels[situation.urgency]}</Badge>
      }
    >
      <div className="space-y-4">
        <ProgressBar {...plan.progress} />
        {plan.progress.thisWeek && (
          <p className="text-sm text-slate-600">
            This week (week {plan.progress.thisWeek.week}): {plan.progress.thisWeek.done} of{" "}
            {plan.progress.thisWeek.total} done.
          </p>
        )}
        {situation.bridge && (
          <p className="text-sm text-slate-600">
            {situation.target.title} is a big step up, so the plan applies to{" "}
            <span className="font-medium text-slate-900">{situation.bridge.title}</span> first.
          </p>
        )}
        {plan.plan.searchTerms.length > 0 && (
          <div className="flex flex-wrap items-center gap-1.5 text-sm text-slate-600">
            <span>Search for:</span>
            {plan.plan.searchTerms.map((term) => (
              <Badge key={term}>{term}</Badge>
            ))}
          </div>
        )}
        {failed && (
          <Alert tone="danger" title={`“${failed.title}” was not saved`}>
            {errorMessage(failed.error)}
          </Alert>
        )}
        <ol className="space-y-2">
          {plan.plan.weeks.map((week) => (
            <WeekSection
              key={week.week}
              week={week}
              current={week.week === currentWeek}
              open={openWeeks.has(week.week)}
              onOpenChange={(open) => setOpen(week.week, open)}
              onToggle={onToggle}
            />
          ))}
        </ol>
      </div>
      <SourceCitation sources={situation.sources} />
    </Card>
  );
}
