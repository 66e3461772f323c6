"use client";

import { type ApplicationSummary, allowedNextStages } from "@hirefolio/shared";
import { type FormEvent, useId, useState } from "react";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/api-client";
import { cx } from "@/lib/class-names";
import type { MovableStage } from "../api";
import { useMoveStage } from "../hooks/use-job-applications";
import { stageLabels } from "../stages";

function optionClasses(selected: boolean, option: MovableStage): string {
  if (!selected) return "border-slate-300 text-slate-700 hover:border-slate-400";
  return option === "rejected"
    ? "border-rose-500 bg-rose-50 text-rose-800"
    : "border-brand-500 bg-brand-50 text-brand-800";
}

/** Choose one of the moves the pipeline allows from the current stage, with an optional note for the team. */
export function MoveStageForm({ application, onMoved }: { application: ApplicationSummary; onMoved?: () => void }) {
  const toast = useToast();
  const move = useMoveStage(application.jobId);
  const options = allowedNextStages(application.stage).filter((stage): stage is MovableStage => stage !== "withdrawn");
  const [stage, setStage] = useState<MovableStage | undefined>(options[0]);
  const [note, setNote] = useState("");
  const legendId = useId();

  if (options.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        This application is {stageLabels[application.stage].toLowerCase()}; it can't move any further.
      </p>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!stage) return;
    move.mutate(
      { application, stage, note: note.trim() },
      {
        onSuccess: (moved) => {
          toast.show(`${moved.candidateName} moved to ${stageLabels[moved.stage]}`);
          setNote("");
          onMoved?.();
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      <fieldset>
        <legend id={legendId} className="mb-2 text-sm font-medium text-slate-800">
          Move to
        </legend>
        <div className="flex flex-wrap gap-2">
          {options.map((option) => (
            <label
              key={option}
              className={cx(
                "cursor-pointer rounded-lg border px-3 py-1.5 text-sm font-medium transition-colors",
                "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
                optionClasses(stage === option, option),
              )}
            >
              <input
                type="radio"
                name={`${legendId}-stage`}
                value={option}
                checked={stage === option}
                onChange={() => setStage(option)}
                className="sr-only"
              />
              {stageLabels[option]}
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        label="Note"
        optional
        rows={3}
        maxLength={2_000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        placeholder="Why this move? Visible to your team in the stage history."
      />
      <FormError message={move.error ? errorMessage(move.error) : null} />
      <div className="flex justify-end">
        <Button type="submit" variant={stage === "rejected" ? "danger" : "primary"} loading={move.isPending}>
          {stage ? `Move to ${stageLabels[stage]}` : "Move"}
        </Button>
      </div>
    </form>
  );
}
