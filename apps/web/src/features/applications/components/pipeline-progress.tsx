import { type ApplicationStage, pipelineStages } from "@hirefolio/shared";
import { cx } from "@/lib/class-names";
import { pipelinePosition, stageLabels } from "../stages";

/** Five small segments, one per pipeline stage, filled up to the application's current stage. */
export function PipelineProgress({ stage }: { stage: ApplicationStage }) {
  const position = pipelinePosition(stage);
  const ended = position === null;
  const filled = stage === "hired" ? "bg-emerald-500" : "bg-brand-500";
  const label = ended
    ? `${stageLabels[stage]}: no longer in the pipeline`
    : `Stage ${position} of ${pipelineStages.length}: ${stageLabels[stage]}`;
  return (
    <div role="img" aria-label={label} title={label} className="flex w-24 gap-1">
      {pipelineStages.map((step, index) => (
        <span
          key={step}
          className={cx("h-1.5 flex-1 rounded-full", !ended && index < position ? filled : "bg-slate-200")}
        />
      ))}
    </div>
  );
}
