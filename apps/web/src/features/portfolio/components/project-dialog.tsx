"use client";

import { createProjectSchema, type Project, projectLinkSchema, updateProjectSchema } from "@hirefolio/shared";
import { type FormEvent, useState } from "react";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextAreaField, TextField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toast";
import { SkillsInput } from "@/features/profile/components/skills-input";
import { ApiError, errorMessage } from "@/lib/api-client";
import { type FieldErrors, validate } from "@/lib/validation";
import { useCreateProject, useUpdateProject } from "../hooks/use-projects";
import { type LinkDraft, ProjectLinksEditor } from "./project-links-editor";

interface Draft {
  title: string;
  role: string;
  startDate: string;
  endDate: string;
  description: string;
  tags: string[];
  links: LinkDraft[];
}

const emptyDraft: Draft = { title: "", role: "", startDate: "", endDate: "", description: "", tags: [], links: [] };

const draftOf = (project: Project): Draft => ({
  title: project.title,
  role: project.role,
  startDate: project.startDate ?? "",
  endDate: project.endDate ?? "",
  description: project.description,
  tags: project.tags,
  links: project.links,
});

/** A month input shows YYYY-MM; a stored bare year shows as its January and stays a year unless edited. */
const asMonth = (value: string) => (/^\d{4}$/.test(value) ? `${value}-01` : value);

const inputOf = (draft: Draft) => ({
  ...draft,
  startDate: draft.startDate || null,
  endDate: draft.endDate || null,
  // Rows left entirely blank are dropped rather than refused.
  links: draft.links.filter((link) => link.label.trim() || link.url.trim()),
});

function linkErrors(links: LinkDraft[]): FieldErrors {
  const errors: FieldErrors = {};
  links.forEach((link, index) => {
    const result = projectLinkSchema.safeParse(link);
    for (const issue of result.error?.issues ?? []) {
      const field = String(issue.path[0]);
      errors[`links.${index}.${field}`] ??= field === "label" ? "Name the link" : issue.message;
    }
  });
  return errors;
}

function ProjectForm({ project, onDone }: { project: Project | null; onDone: (saved: Project) => void }) {
  const create = useCreateProject();
  const update = useUpdateProject();
  const toast = useToast();
  const [draft, setDraft] = useState<Draft>(project ? draftOf(project) : emptyDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = project ? update : create;

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !field.startsWith(key))));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = inputOf(draft);
    const checked = validate(project ? updateProjectSchema : createProjectSchema, input, {
      endDate: "The end is before the start",
    });
    const rowErrors = linkErrors(input.links);
    if (!checked.ok || Object.keys(rowErrors).length) {
      setErrors({ ...(checked.ok ? {} : checked.errors), ...rowErrors });
      return;
    }
    const options = {
      onSuccess: (saved: Project) => {
        toast.show(project ? "Project saved" : "Project added");
        onDone(saved);
      },
      onError: (error: Error) => {
        if (error instanceof ApiError) setErrors(error.fieldErrors);
      },
    };
    if (project) update.mutate({ id: project.id, input: checked.data }, options);
    else create.mutate(checked.data as Parameters<typeof create.mutate>[0], options);
  };

  const besideFields = mutation.error instanceof ApiError && Object.keys(mutation.error.fieldErrors).length > 0;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <TextField
        label="Title"
        value={draft.title}
        maxLength={120}
        required
        onChange={(event) => set("title", event.target.value)}
        error={errors.title}
      />
      <TextField
        label="Your role"
        optional
        placeholder="e.g. Lead engineer"
        value={draft.role}
        maxLength={120}
        onChange={(event) => set("role", event.target.value)}
        error={errors.role}
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField
          label="Started"
          optional
          type="month"
          value={asMonth(draft.startDate)}
          onChange={(event) => set("startDate", event.target.value)}
          error={errors.startDate}
        />
        <TextField
          label="Finished"
          optional
          type="month"
          hint="Leave empty while ongoing"
          value={asMonth(draft.endDate)}
          onChange={(event) => set("endDate", event.target.value)}
          error={errors.endDate}
        />
      </div>
      <TextAreaField
        label="Description"
        optional
        hint="Markdown: what the problem was, what you did, what changed. Raw HTML and images are not shown."
        rows={6}
        maxLength={10_000}
        value={draft.description}
        onChange={(event) => set("description", event.target.value)}
        error={errors.description}
      />
      <SkillsInput
        label="Tags"
        listLabel="Project tags"
        hint="Technologies and skills; press Enter to add each."
        placeholder="e.g. React"
        skills={draft.tags}
        onChange={(tags) => set("tags", tags)}
        error={errors.tags}
      />
      <ProjectLinksEditor links={draft.links} onChange={(links) => set("links", links)} errors={errors} />
      {errors.links && <p className="text-sm text-rose-700">{errors.links}</p>}
      <FormError message={mutation.error && !besideFields ? errorMessage(mutation.error) : null} />
      <div className="flex justify-end gap-2 border-t border-slate-100 pt-4">
        <Button type="submit" loading={mutation.isPending}>
          {project ? "Save project" : "Add project"}
        </Button>
      </div>
    </form>
  );
}

/** Add or edit a project in a side sheet; media and snippets are added on the project's card once it exists. */
export function ProjectDialog({
  open,
  project,
  onClose,
  onSaved,
}: {
  open: boolean;
  project: Project | null;
  onClose: () => void;
  onSaved: (saved: Project) => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      variant="sheet"
      title={project ? "Edit project" : "Add a project"}
      description={project ? project.title : "Something you built, led or shipped. You can add media and code next."}
    >
      {open && (
        <ProjectForm
          key={project?.id ?? "new"}
          project={project}
          onDone={(saved) => {
            onSaved(saved);
            onClose();
          }}
        />
      )}
    </Dialog>
  );
}
