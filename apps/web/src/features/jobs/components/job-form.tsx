"use client";

import { type CreateJob, createJobSchema, type Job } from "@hirefolio/shared";
import { type FormEvent, useState } from "react";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-field";
import { ApiError, errorMessage } from "@/lib/api-client";
import { useFormValues } from "@/lib/use-form-values";
import { validate } from "@/lib/validation";
import type { JobStatus, Workplace } from "../api";
import { workplaceLabels } from "../job-labels";

const statusOptions: { value: JobStatus; label: string }[] = [
  { value: "draft", label: "Draft — only your team can see it" },
  { value: "open", label: "Open — published on the job board" },
  { value: "closed", label: "Closed — no longer accepting applicants" },
];

function initialValues(job?: Job) {
  return {
    title: job?.title ?? "",
    description: job?.description ?? "",
    location: job?.location ?? "",
    workplace: job?.workplace ?? ("onsite" as Workplace),
    salaryMin: job?.salaryMin?.toString() ?? "",
    salaryMax: job?.salaryMax?.toString() ?? "",
    salaryCurrency: job?.salaryCurrency ?? "USD",
    status: job?.status ?? ("draft" as JobStatus),
  };
}

type JobFormValues = ReturnType<typeof initialValues>;

/** Empty stays null (no salary given); anything else goes to the schema, which reports non-numbers. */
function toAmount(value: string): number | null {
  const cleaned = value.replace(/[,\s]/g, "");
  return cleaned === "" ? null : Number(cleaned);
}

function toInput(values: JobFormValues) {
  return {
    ...values,
    salaryMin: toAmount(values.salaryMin),
    salaryMax: toAmount(values.salaryMax),
    salaryCurrency: values.salaryCurrency.trim().toUpperCase(),
  };
}

interface JobFormProps {
  job?: Job;
  submitLabel: string;
  /** Saves validated input; resolves with the saved job or rejects with the API's error. */
  save: (input: CreateJob) => Promise<Job>;
  onSaved: (job: Job) => void;
}

/** Create or edit a job; validated with the same contract the API uses, and API field errors land on fields. */
export function JobForm({ job, submitLabel, save, onSaved }: JobFormProps) {
  const { values, set, bind, errors, setErrors } = useFormValues(initialValues(job));
  const [pending, setPending] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(createJobSchema, toInput(values), {
      salaryMax: "The maximum can't be lower than the minimum",
    });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setPending(true);
    setSaveError(null);
    save(result.data)
      .then(onSaved, (error: unknown) => {
        setSaveError(error);
        if (error instanceof ApiError) setErrors(error.fieldErrors);
      })
      .finally(() => setPending(false));
  };

  const fieldErrorCount = Object.keys(errors).length;
  let formError: string | null = saveError ? errorMessage(saveError) : null;
  if (fieldErrorCount === 1) formError = "Please fix the highlighted field.";
  if (fieldErrorCount > 1) formError = `Please fix the ${fieldErrorCount} highlighted fields.`;

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-6">
      <FormError message={formError} />
      <TextField
        label="Job title"
        required
        maxLength={160}
        placeholder="e.g. Senior Full-Stack Engineer"
        {...bind("title")}
      />
      <TextAreaField
        label="Description"
        required
        rows={10}
        maxLength={20_000}
        placeholder="What the team does, what this person will own, and what you're looking for."
        {...bind("description")}
        hint="Plain text. Blank lines start new paragraphs."
      />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <TextField
          label="Location"
          optional
          maxLength={120}
          placeholder="e.g. Berlin or Remote (EU)"
          {...bind("location")}
        />
        <SelectField
          label="Workplace"
          value={values.workplace}
          onChange={(event) => set("workplace", event.target.value as Workplace)}
          error={errors.workplace}
        >
          {(Object.keys(workplaceLabels) as Workplace[]).map((workplace) => (
            <option key={workplace} value={workplace}>
              {workplaceLabels[workplace]}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">
          Salary range <span className="font-normal text-slate-500">(optional)</span>
        </legend>
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-[1fr_1fr_8rem]">
          <TextField label="Minimum" inputMode="numeric" placeholder="e.g. 90000" {...bind("salaryMin")} />
          <TextField label="Maximum" inputMode="numeric" placeholder="e.g. 120000" {...bind("salaryMax")} />
          <TextField
            label="Currency"
            maxLength={3}
            placeholder="USD"
            value={values.salaryCurrency}
            onChange={(event) => set("salaryCurrency", event.target.value.toUpperCase())}
            error={errors.salaryCurrency}
          />
        </div>
      </fieldset>
      <SelectField
        label="Status"
        value={values.status}
        onChange={(event) => set("status", event.target.value as JobStatus)}
        error={errors.status}
      >
        {statusOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </SelectField>
      <div className="flex justify-end border-t border-slate-100 pt-5">
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
