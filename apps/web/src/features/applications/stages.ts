import { type ApplicationStage, pipelineStages } from "@hirefolio/shared";
import type { BadgeTone } from "@/components/ui/badge";

export const stageLabels: Record<ApplicationStage, string> = {
  applied: "Applied",
  screening: "Screening",
  interview: "Interview",
  offer: "Offer",
  hired: "Hired",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

export const stageTones: Record<ApplicationStage, BadgeTone> = {
  applied: "neutral",
  screening: "sky",
  interview: "brand",
  offer: "violet",
  hired: "success",
  rejected: "danger",
  withdrawn: "amber",
};

/** Position in the pipeline (1–5) for progress indicators; null for stages that end it early. */
export function pipelinePosition(stage: ApplicationStage): number | null {
  const index = pipelineStages.indexOf(stage as (typeof pipelineStages)[number]);
  return index === -1 ? null : index + 1;
}

/** Solid colours for stage dots, bars and column markers, matching the badge tones. */
export const stageColours: Record<ApplicationStage, string> = {
  applied: "bg-slate-400",
  screening: "bg-sky-500",
  interview: "bg-brand-500",
  offer: "bg-violet-500",
  hired: "bg-emerald-500",
  rejected: "bg-rose-400",
  withdrawn: "bg-amber-400",
};
