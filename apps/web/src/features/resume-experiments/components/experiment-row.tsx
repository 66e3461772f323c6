import type { Experiment } from "@hirefolio/shared";
import Link from "next/link";
import { ChartIcon } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format-date";
import { colorOf } from "../variant-colors";

export const goalLabels = { interview: "Interviews per application", application: "Applications per view" };

export function ExperimentRow({ experiment }: { experiment: Experiment }) {
  return (
    <li className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center">
      <span className="grid size-10 shrink-0 place-items-center rounded-lg bg-brand-50 text-brand-600 ring-1 ring-brand-100">
        <ChartIcon className="size-5" />
      </span>
      <div className="min-w-0 flex-1 space-y-1">
        <Link
          href={`/resume/experiments/${experiment.id}`}
          className="block truncate font-medium text-slate-900 hover:text-brand-700 hover:underline"
        >
          {experiment.name}
        </Link>
        <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
          {experiment.endedAt ? (
            <Badge>Ended</Badge>
          ) : (
            <Badge tone="success" dot>
              Running
            </Badge>
          )}
          <span>{goalLabels[experiment.goal]}</span>
          <span aria-hidden="true">·</span>
          <span>Started {formatDate(experiment.createdAt)}</span>
        </div>
      </div>
      <ul className="flex flex-wrap gap-1.5" aria-label="Variants">
        {experiment.variants.map((variant) => (
          <li
            key={variant.label}
            className="inline-flex max-w-48 items-center gap-1.5 rounded-full bg-white px-2 py-0.5 text-xs text-slate-700 ring-1 ring-slate-200"
          >
            <span className={`size-2 rounded-full ${colorOf(variant.label).swatch}`} aria-hidden="true" />
            <span className="font-semibold">{variant.label}</span>
            <span className="truncate">{variant.resumeTitle}</span>
          </li>
        ))}
      </ul>
    </li>
  );
}
