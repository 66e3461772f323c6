"use client";

import type { Resume, ResumeVersion } from "@hirefolio/shared";
import { useMutation } from "@tanstack/react-query";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { errorMessage } from "@/lib/api-client";
import { useRestoreVersion } from "../hooks/use-resume-versions";

interface RestoreVersionDialogProps {
  resumeId: string;
  /** The version to restore; the dialog is open while there is one. */
  version: ResumeVersion | null;
  save: () => Promise<boolean>;
  onClose: () => void;
  onRestored: (resume: Resume) => void;
}

/** Confirms a restore. Pending edits are saved first, so they stay in the history and can be restored too. */
export function RestoreVersionDialog({ resumeId, version, save, onClose, onRestored }: RestoreVersionDialogProps) {
  const restoreVersion = useRestoreVersion(resumeId);
  const restore = useMutation({
    mutationFn: async (versionId: string) => {
      await save();
      return restoreVersion.mutateAsync(versionId);
    },
    onSuccess: onRestored,
  });
  const label = version ? `v${version.number}${version.name ? ` “${version.name}”` : ""}` : "";

  return (
    <Dialog
      open={version !== null}
      onClose={() => {
        restore.reset();
        onClose();
      }}
      title={`Restore ${label}?`}
      description="The resume goes back to this version. This is saved as a new version, so nothing is lost: you can restore today's text from History."
    >
      <div className="space-y-4">
        <FormError message={restore.error ? errorMessage(restore.error) : null} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={restore.isPending} onClick={() => version && restore.mutate(version.id)}>
            Restore version
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
