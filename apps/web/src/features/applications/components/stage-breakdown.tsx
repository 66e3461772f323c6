"use client";

import { type ApplicationStage, pipelineStages } from "@hirefolio/shared";
import { motion } from "motion/react";
import { cx } from "@/lib/class-names";
import type { StageCounts } from "../hooks/use-stage-counts";
import { stageColours, stageLabels } from "../stages";

const shownStages: ApplicationStage[] = [...pipelineStages, "rejected"];

/** One stacked bar of applicants per stage, with a legend that carries the exact numbers. */
export function StageBreakdown({ counts }: { counts: StageCounts }) {
  const total = shownStages.reduce((sum, stage) => sum + counts[stage], 0);
  return (
    <div className="space-y-4">
      <div className="flex h-3 gap-0.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        {total > 0 &&
          shownStages.map(
            (stage) =>
              counts[stage] > 0 && (
                <motion.span
                  key={stage}
                  className={cx("h-full", stageColours[stage])}
                  initial={{ width: 0 }}
                  animate={{ width: `${(counts[stage] / total) * 100}%` }}
                  transition={{ duration: 0.6, ease: [0.22, 1, 0.36, 1] }}
                />
              ),
          )}
      </div>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-3">
        {shownStages.map((stage) => (
          <div key={stage} className="flex items-center justify-between gap-2 text-sm">
            <dt className="flex items-center gap-2 text-slate-600">
              <span className={cx("size-2 rounded-full", stageColours[stage])} aria-hidden="true" />
              {stageLabels[stage]}
            </dt>
            <dd className="font-medium text-slate-900 tabular-nums">{counts[stage]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
