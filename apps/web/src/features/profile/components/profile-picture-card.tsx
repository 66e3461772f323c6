"use client";

import { AnimatePresence, motion } from "motion/react";
import { type ChangeEvent, useEffect, useRef, useState } from "react";
import { FormError } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useToast } from "@/components/ui/toast";
import { UploadProgress } from "@/components/ui/upload-progress";
import { useCurrentUser } from "@/features/auth/components/require-role";
import { errorMessage } from "@/lib/api-client";
import { formatBytes } from "@/lib/format-bytes";
import { avatarFileProblem, avatarRules, avatarTypes, avatarUploadErrorMessage } from "../avatar-file";
import { useRemoveAvatar, useUploadAvatar } from "../hooks/use-avatar";
import { useObjectUrl } from "../hooks/use-object-url";

/**
 * Choose a picture, see it in place, then save it, with upload progress, or remove the current one.
 * The file is checked in the browser first, so a wrong type or an oversized photo is explained before any upload.
 */
export function ProfilePictureCard() {
  const me = useCurrentUser();
  const toast = useToast();
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const previewUrl = useObjectUrl(file);
  const { upload, progress, cancel } = useUploadAvatar();
  const remove = useRemoveAvatar();
  const inputRef = useRef<HTMLInputElement>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const hadFile = useRef(false);

  // The buttons change with the step, so keep keyboard focus on the next thing to do instead of losing it to <body>.
  useEffect(() => {
    if (file) saveRef.current?.focus();
    else if (hadFile.current) chooseRef.current?.focus();
    hadFile.current = file !== null;
  }, [file]);

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    // Clearing the input lets the same file be chosen again after a cancel.
    event.target.value = "";
    if (!chosen) return;
    upload.reset();
    remove.reset();
    const problem = avatarFileProblem(chosen);
    setFileProblem(problem);
    if (!problem) setFile(chosen);
  };

  const save = () => {
    if (!file) return;
    upload.mutate(file, {
      onSuccess: () => {
        setFile(null);
        toast.show("Profile picture updated");
      },
    });
  };

  const discard = () => {
    if (upload.isPending) cancel();
    setFile(null);
  };

  const removePicture = () => {
    setFileProblem(null);
    remove.mutate(undefined, {
      onSuccess: () => {
        toast.show("Profile picture removed");
        chooseRef.current?.focus();
      },
    });
  };

  const message =
    fileProblem ??
    (upload.error ? avatarUploadErrorMessage(upload.error) : null) ??
    (remove.error ? `Not removed: ${errorMessage(remove.error)}` : null);

  return (
    <Card title="Profile picture" description="A friendly photo helps employers put a face to your name.">
      <div className="flex items-start gap-4 sm:items-center sm:gap-5">
        <div className="relative shrink-0">
          <Avatar name={me.name} src={previewUrl ?? me.avatarUrl} className="size-16 sm:size-20" />
          <AnimatePresence>
            {file && (
              <motion.span
                initial={{ opacity: 0, scale: 0.8 }}
                animate={{ opacity: 1, scale: 1 }}
                exit={{ opacity: 0, scale: 0.8 }}
                className="absolute -right-1 -bottom-1 rounded-full bg-amber-100 px-1.5 py-0.5 text-[11px] font-semibold text-amber-800 ring-2 ring-white"
              >
                Preview
              </motion.span>
            )}
          </AnimatePresence>
        </div>

        <div className="min-w-0 flex-1 space-y-3">
          <input
            ref={inputRef}
            type="file"
            accept={avatarTypes.join(",")}
            aria-label="Choose a profile picture"
            className="hidden"
            onChange={onChoose}
          />
          <div aria-live="polite" className="text-sm">
            {file ? (
              <p className="text-slate-700">
                <span className="font-medium break-all text-slate-900">{file.name}</span> · {formatBytes(file.size)}
                <span className="block text-slate-600">This is how it will look. Save it to use it everywhere.</span>
              </p>
            ) : (
              <p className="text-slate-600">{avatarRules}</p>
            )}
          </div>

          {progress !== null && <UploadProgress fraction={progress} />}

          <div className="flex flex-wrap gap-2">
            {file ? (
              <>
                <Button ref={saveRef} loading={upload.isPending} onClick={save}>
                  Save photo
                </Button>
                <Button variant="secondary" onClick={discard}>
                  {upload.isPending ? "Cancel upload" : "Cancel"}
                </Button>
              </>
            ) : (
              <>
                <Button ref={chooseRef} variant="secondary" onClick={() => inputRef.current?.click()}>
                  {me.avatarUrl ? "Change photo" : "Upload photo"}
                </Button>
                {me.avatarUrl && (
                  <Button variant="ghost" loading={remove.isPending} onClick={removePicture}>
                    Remove
                  </Button>
                )}
              </>
            )}
          </div>
          <FormError message={message} />
        </div>
      </div>
    </Card>
  );
}
