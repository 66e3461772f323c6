"use client";

import { type PortfolioSettings, updatePortfolioSettingsSchema } from "@hirefolio/shared";
import { type FormEvent, useState } from "react";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextAreaField, TextField } from "@/components/ui/form-field";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { useToast } from "@/components/ui/toast";
import { ApiError, errorMessage } from "@/lib/api-client";
import { useFormValues } from "@/lib/use-form-values";
import { validate } from "@/lib/validation";
import { useUpdateSettings } from "../hooks/use-portfolio-settings";
import { RenderedMarkdown } from "./rendered-markdown";

const valuesOf = (settings: PortfolioSettings) => ({
  bio: settings.bio,
  githubUsername: settings.githubUsername ?? "",
  linkedinUrl: settings.linkedinUrl ?? "",
  websiteUrl: settings.websiteUrl ?? "",
});

/** An emptied link field clears the link. */
const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** Bio (Markdown, previewed as the server renders it) and the links shown on the page. */
export function AboutForm({ settings }: { settings: PortfolioSettings }) {
  const update = useUpdateSettings();
  const toast = useToast();
  const form = useFormValues(valuesOf(settings));
  const [view, setView] = useState<"write" | "preview">("write");
  const bioChanged = form.values.bio !== settings.bio;
  const errors = form.errors;
  const besideFields = update.error instanceof ApiError && Object.keys(update.error.fieldErrors).length > 0;
  const formError = update.error && !besideFields ? errorMessage(update.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      bio: form.values.bio,
      githubUsername: orNull(form.values.githubUsername),
      linkedinUrl: orNull(form.values.linkedinUrl),
      websiteUrl: orNull(form.values.websiteUrl),
    };
    const checked = validate(updatePortfolioSettingsSchema, input);
    if (!checked.ok) {
      form.setErrors(checked.errors);
      return;
    }
    update.mutate(checked.data, {
      onSuccess: (saved) => {
        form.setValues(valuesOf(saved));
        toast.show("About and links saved");
      },
      // The server's reasons go beside their fields, where editing a field clears its own.
      onError: (error) => {
        if (error instanceof ApiError) form.setErrors(error.fieldErrors);
      },
    });
  };

  return (
    <Card title="About you" description="A short introduction and where else people can find you.">
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <div className="space-y-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="text-sm font-medium text-slate-800">Bio</span>
            <SegmentedControl
              label="Bio view"
              value={view}
              onChange={setView}
              options={[
                { value: "write", label: "Write" },
                { value: "preview", label: "Preview" },
              ]}
            />
          </div>
          {view === "write" ? (
            <TextAreaField
              label={<span className="sr-only">Bio</span>}
              hint="Markdown: **bold**, _italic_, lists and links. Raw HTML and images are not shown."
              rows={7}
              maxLength={5000}
              {...form.bind("bio")}
              error={errors.bio}
            />
          ) : (
            <div className="min-h-40 rounded-lg border border-slate-200 bg-slate-50/50 p-4">
              {bioChanged && (
                <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-900 ring-1 ring-amber-200">
                  This is your saved bio. Save to see your latest changes here.
                </p>
              )}
              {settings.bioHtml ? (
                <RenderedMarkdown html={settings.bioHtml} />
              ) : (
                <p className="text-sm text-slate-500">Nothing yet: write a few lines about what you do best.</p>
              )}
            </div>
          )}
        </div>

        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            label="GitHub username"
            optional
            placeholder="octocat"
            autoComplete="off"
            spellCheck={false}
            {...form.bind("githubUsername")}
            error={errors.githubUsername}
          />
          <TextField
            label="LinkedIn"
            optional
            type="url"
            placeholder="https://linkedin.com/in/you"
            {...form.bind("linkedinUrl")}
            error={errors.linkedinUrl}
          />
          <TextField
            label="Website"
            optional
            type="url"
            placeholder="https://you.dev"
            {...form.bind("websiteUrl")}
            error={errors.websiteUrl}
          />
        </div>

        <FormError message={formError} />
        <div className="flex justify-end">
          <Button type="submit" loading={update.isPending}>
            Save about and links
          </Button>
        </div>
      </form>
    </Card>
  );
}
