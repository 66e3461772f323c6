"use client";

import { requestTestimonialSchema } from "@hirefolio/shared";
import type { FormEvent } from "react";
import { SendIcon } from "@/components/icons";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextAreaField, TextField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toast";
import { ApiError, errorMessage } from "@/lib/api-client";
import { useFormValues } from "@/lib/use-form-values";
import { validate } from "@/lib/validation";
import { useRequestTestimonial } from "../hooks/use-testimonials";

const empty = { authorName: "", authorEmail: "", relationship: "", message: "" };

/** Asks a colleague by email; they write through a one-time link and nothing shows until it is approved. */
export function TestimonialRequestForm() {
  const request = useRequestTestimonial();
  const toast = useToast();
  const form = useFormValues(empty);
  const besideFields = request.error instanceof ApiError && Object.keys(request.error.fieldErrors).length > 0;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(requestTestimonialSchema, form.values);
    if (!checked.ok) {
      form.setErrors(checked.errors);
      return;
    }
    request.mutate(checked.data, {
      onSuccess: (created) => {
        toast.show(`Request sent to ${created.authorName}`);
        form.setValues(empty);
      },
      onError: (error) => {
        if (error instanceof ApiError) form.setErrors(error.fieldErrors);
      },
    });
  };

  return (
    <Card
      title="Ask for a testimonial"
      description="They get an email with a private link that works once, for 30 days."
    >
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Their name" autoComplete="off" {...form.bind("authorName")} />
          <TextField label="Their email" type="email" autoComplete="off" {...form.bind("authorEmail")} />
        </div>
        <TextField
          label="How you know each other"
          placeholder="e.g. My manager at Acme, 2021–2023"
          {...form.bind("relationship")}
        />
        <TextAreaField
          label="A note to them"
          optional
          rows={3}
          maxLength={1000}
          placeholder="e.g. Could you say a few words about the payments migration we led?"
          {...form.bind("message")}
        />
        <FormError message={request.error && !besideFields ? errorMessage(request.error) : null} />
        <div className="flex justify-end">
          <Button type="submit" loading={request.isPending}>
            <SendIcon />
            Send request
          </Button>
        </div>
      </form>
    </Card>
  );
}
