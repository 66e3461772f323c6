"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/form-field";
import { errorMessage, isApiError } from "@/lib/api-client";
import { useResumeListMutations } from "../hooks/use-resumes";

export function NewResumeDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const router = useRouter();
  const { create } = useResumeListMutations();
  const [title, setTitle] = useState("");
  const fieldError = isApiError(create.error, 400) ? create.error.fieldErrors.title : undefined;

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="New resume"
      description="Name it after the kind of role it targets; you can keep several."
    >
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(
            { title: title.trim() || "Untitled resume" },
            { onSuccess: (resume) => router.push(`/resume/builder/${resume.id}`) },
          );
        }}
      >
        <TextField
          label="Title"
          placeholder="e.g. Frontend engineer"
          value={title}
          maxLength={120}
          error={fieldError}
          autoFocus
          onChange={(event) => setTitle(event.target.value)}
        />
        {!fieldError && <FormError message={create.error ? errorMessage(create.error) : null} />}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create resume
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
