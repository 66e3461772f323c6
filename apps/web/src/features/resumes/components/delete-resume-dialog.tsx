"use client";

import type { ResumeSummary } from "@hirefolio/shared";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/api-client";
import { useResumeListMutations } from "../hooks/use-resumes";

export function DeleteResumeDialog({ resume, onClose }: { resume: ResumeSummary | null; onClose: () => void }) {
  const { remove } = useResumeListMutations();
  const toast = useToast();
  return (
    <Dialog
      open={resume !== null}
      onClose={() => {
        remove.reset();
        onClose();
      }}
      title={`Delete “${resume?.title ?? ""}”?`}
      description="The resume and all its versions are deleted. This can't be undone."
    >
      <div className="space-y-4">
        <FormError message={remove.error ? errorMessage(remove.error) : null} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button
            variant="danger"
            loading={remove.isPending}
            onClick={() =>
              resume &&
              remove.mutate(resume.id, {
                onSuccess: () => {
                  toast.show(`Deleted “${resume.title}”`);
                  onClose();
                },
              })
            }
          >
            Delete resume
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
