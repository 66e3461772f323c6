"use client";

import { createEmployerSchema } from "@hirefolio/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { BuildingIcon } from "@/components/icons";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toast";
import { meQueryKey } from "@/features/auth/api";
import { ApiError, errorMessage } from "@/lib/api-client";
import { useFormValues } from "@/lib/use-form-values";
import { validate } from "@/lib/validation";
import { createEmployer } from "../api";

/** First-run setup for a recruiter with no employer yet: name the company to start posting jobs. */
export function CreateEmployerForm({ onCreated }: { onCreated: (employerId: string) => void }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const { values, bind, errors, setErrors } = useFormValues({ name: "", website: "" });
  const create = useMutation({
    mutationFn: createEmployer,
    onSuccess: async (employer) => {
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      onCreated(employer.id);
      toast.show(`${employer.name} is ready`);
    },
    onError: (error) => {
      if (error instanceof ApiError) setErrors(error.fieldErrors);
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(createEmployerSchema, {
      name: values.name,
      website: values.website.trim() || undefined,
    });
    if (!result.ok) setErrors(result.errors);
    else create.mutate(result.data);
  };

  return (
    <div className="mx-auto max-w-lg rounded-2xl border border-slate-200 bg-white p-6 shadow-card sm:p-8">
      <div className="mb-6 grid size-12 place-items-center rounded-xl bg-brand-50 text-brand-600 ring-1 ring-brand-100">
        <BuildingIcon className="size-6" />
      </div>
      <h2 className="text-xl font-semibold text-slate-900">Set up your company</h2>
      <p className="mt-1 text-sm text-slate-600">
        Jobs, applicants and your team all live under a company. You can invite teammates next.
      </p>
      <form noValidate onSubmit={onSubmit} className="mt-6 space-y-5">
        <FormError message={create.error && !Object.keys(errors).length ? errorMessage(create.error) : null} />
        <TextField label="Company name" autoComplete="organization" required {...bind("name")} />
        <TextField label="Website" optional type="url" placeholder="https://example.com" {...bind("website")} />
        <Button type="submit" className="w-full" loading={create.isPending}>
          Create company
        </Button>
      </form>
    </div>
  );
}
