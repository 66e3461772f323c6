"use client";

import type { ExperimentGoal, ResumeSummary } from "@hirefolio/shared";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { CopyIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/form-field";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { PlanLimitOrError } from "@/features/billing/components/plan-limit-or-error";
import { useResumeListMutations } from "@/features/resumes/hooks/use-resumes";
import { errorMessage } from "@/lib/api-client";
import { cx } from "@/lib/class-names";
import { useExperimentMutations } from "../hooks/use-experiments";

const maxVariants = 4;
const goalOptions = [
  { value: "interview", label: "Interviews per application" },
  { value: "application", label: "Applications per view" },
] as const;

/**
 * Starts an A/B test: a baseline resume (A) and one to three challengers, picked from the candidate's resumes or
 * made on the spot by duplicating the baseline.
 */
export function NewExperimentForm({ resumes }: { resumes: ResumeSummary[] }) {
  const router = useRouter();
  const { create } = useExperimentMutations();
  const { duplicate } = useResumeListMutations();
  const [name, setName] = useState("");
  const [goal, setGoal] = useState<ExperimentGoal>("interview");
  const [baseId, setBaseId] = useState(resumes[0]?.id ?? "");
  const [challengers, setChallengers] = useState<string[]>([]);
  const others = resumes.filter((r) => r.id !== baseId);
  const chosen = challengers.filter((id) => id !== baseId);
  const full = chosen.length >= maxVariants - 1;

  const toggle = (resumeId: string) =>
    setChallengers((current) =>
      current.includes(resumeId) ? current.filter((id) => id !== resumeId) : [...current, resumeId],
    );

  const duplicateBase = () =>
    duplicate.mutate(baseId, { onSuccess: (copy) => setChallengers((current) => [...current, copy.id]) });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), goal, resumeIds: [baseId, ...chosen] },
      { onSuccess: (experiment) => router.push(`/resume/experiments/${experiment.id}`) },
    );
  };

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Experiment name"
          value={name}
          maxLength={120}
          onChange={(event) => setName(event.target.value)}
          placeholder="e.g. Platform roles: impact-first summary"
        />
        <SelectField label="Baseline resume (A)" value={baseId} onChange={(event) => setBaseId(event.target.value)}>
          {resumes.map((resume) => (
            <option key={resume.id} value={resume.id}>
              {resume.title}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="space-y-1.5">
        <p className="text-sm font-medium text-slate-800">What counts as a conversion</p>
        <SegmentedControl label="Goal" options={goalOptions} value={goal} onChange={setGoal} />
        <p className="text-sm text-slate-600">
          {goal === "interview"
            ? "Applications you send with each variant, and how many reach the interview stage."
            : "Views of each variant's share link, and how many applications you send with it."}
        </p>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">
          Variants to compare with A <span className="font-normal text-slate-500">(1 to 3)</span>
        </legend>
        {others.length > 0 && (
          <ul className="grid gap-2 sm:grid-cols-2">
            {others.map((resume) => {
              const checked = chosen.includes(resume.id);
              return (
                <li key={resume.id}>
                  <label
                    className={cx(
                      "flex cursor-pointer items-center gap-3 rounded-lg border px-3 py-2.5 text-sm",
                      checked ? "border-brand-300 bg-brand-50" : "border-slate-200 hover:border-slate-300",
                    )}
                  >
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={!checked && full}
                      onChange={() => toggle(resume.id)}
                      className="size-4 accent-brand-600"
                    />
                    <span className="truncate text-slate-800">{resume.title}</span>
                  </label>
                </li>
              );
            })}
          </ul>
        )}
        <Button variant="secondary" size="sm" onClick={duplicateBase} loading={duplicate.isPending} disabled={full}>
          <CopyIcon />
          Duplicate the baseline as a new variant
        </Button>
        <p className="text-xs text-slate-500">
          A copy starts identical: edit it in the builder (for example a different summary) before sending it out.
        </p>
      </fieldset>
      <PlanLimitOrError
        error={create.error}
        message={create.error ? errorMessage(create.error) : duplicate.error ? errorMessage(duplicate.error) : null}
      />
      <Button type="submit" loading={create.isPending} disabled={!name.trim() || chosen.length === 0}>
        Start experiment
      </Button>
    </form>
  );
}
