"use client";

import { useState } from "react";
import { TrashIcon } from "@/components/icons";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/api-client";
import { useDeleteVideo } from "../hooks/use-my-video";

export function DeleteVideoButton({ videoId }: { videoId: string }) {
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const remove = useDeleteVideo();

  const confirm = () =>
    remove.mutate(videoId, {
      onSuccess: () => {
        setOpen(false);
        toast.show("Video deleted");
      },
    });

  return (
    <>
      <Button
        variant="ghost"
        onClick={() => setOpen(true)}
        className="text-rose-700 hover:bg-rose-50 hover:text-rose-800"
      >
        <TrashIcon className="size-4" />
        Delete
      </Button>
      <Dialog
        open={open}
        onClose={() => {
          setOpen(false);
          remove.reset();
        }}
        title="Delete your video introduction?"
        description="Employers will no longer see it on your portfolio. This can't be undone."
      >
        <div className="space-y-4">
          <FormError message={remove.error ? errorMessage(remove.error) : null} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Keep it
            </Button>
            <Button variant="danger" loading={remove.isPending} onClick={confirm}>
              Delete video
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
