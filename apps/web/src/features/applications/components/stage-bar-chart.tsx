"use client";

import { type ApplicationStage, pipelineStages } from "@hirefolio/shared";
import { motion } from "motion/react";
import { cx } from "@/lib/class-names";
import { stageColours, stageLabels } from "../stages";

/** A bar this narrow still reads as "some" next to a long one; zero stays an empty track. */
const minimumBarPercent = 3;

function stagesToShow(byStage: Record<string, number>): ApplicationStage[] {
  // Withdrawn only appears once someone has withdrawn, as on the pipeline board.
  return [...pipelineStages, "rejected", ...((byStage.withdrawn ?? 0) > 0 ? (["withdrawn"] as const) : [])];
}

/**
 * Applicants per stage as horizontal bars scaled to the busiest stage. The label and count of every row are
 * real text, so the list itself is the chart's text alternative; the bars are decoration on top of it.
 */
export function StageBarChart({ byStage, label }: { byStage: Record<string, number>; label: string }) {
  const stages = stagesToShow(byStage);
  const largest = Math.max(0, ...stages.map((stage) => byStage[stage] ?? 0));

  return (
    <ul aria-label={label} className="space-y-3">
      {stages.map((stage, index) => {
        const count = byStage[stage] ?? 0;
        const percent = count === 0 ? 0 : Math.max(minimumBarPercent, (count / largest) * 100);
        return (
          <li key={stage} className="grid grid-cols-[5.5rem_1fr_2rem] items-center gap-3 text-sm">
            <span className="truncate text-slate-600">{stageLabels[stage]}</span>
            <span aria-hidden="true" className="h-2.5 overflow-hidden rounded-full bg-slate-100">
              {/* Grows with a transform, which MotionConfig's reduced-motion setting switches off; later
                  count changes slide the width with CSS, again only for people who haven't asked for less motion. */}
              <motion.span
                className={cx(
                  "block h-full origin-left rounded-full motion-safe:transition-[width] motion-safe:duration-500",
                  stageColours[stage],
                )}
                style={{ width: `${percent}%` }}
                initial={{ scaleX: 0 }}
                animate={{ scaleX: 1 }}
                transition={{ duration: 0.6, delay: 0.1 + index * 0.05, ease: [0.22, 1, 0.36, 1] }}
              />
            </span>
            <span className="text-right font-medium text-slate-900 tabular-nums">
              {count.toLocaleString("en-US")}
              <span className="sr-only">{count === 1 ? " applicant" : " applicants"}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
