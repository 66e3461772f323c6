"use client";

import { AlertCircleIcon, CheckIcon } from "@/components/icons";
import { Spinner } from "@/components/ui/spinner";
import { cx } from "@/lib/class-names";
import type { SaveStatus as Status } from "../hooks/use-resume-autosave";

const labels: Record<Status, string> = {
  saved: "All changes saved",
  dirty: "Unsaved changes",
  saving: "Saving…",
  error: "Couldn't save",
  conflict: "Changed elsewhere",
};

interface SaveStatusProps {
  status: Status;
  onRetry: () => void;
}

/** The autosave state, announced politely as it changes. */
export function SaveStatus({ status, onRetry }: SaveStatusProps) {
  return (
    <div className="flex items-center gap-2 text-sm">
      <p
        role="status"
        aria-live="polite"
        className={cx(
          "inline-flex items-center gap-1.5 font-medium",
          status === "saved" && "text-emerald-700",
          (status === "dirty" || status === "saving") && "text-slate-600",
          (status === "error" || status === "conflict") && "text-rose-700",
        )}
      >
        {status === "saved" && <CheckIcon className="size-4" />}
        {status === "saving" && <Spinner />}
        {status === "dirty" && <span aria-hidden="true" className="size-2 rounded-full bg-amber-500" />}
        {(status === "error" || status === "conflict") && <AlertCircleIcon className="size-4" />}
        {labels[status]}
      </p>
      {status === "error" && (
        <button
          type="button"
          onClick={onRetry}
          className="rounded font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
        >
          Retry
        </button>
      )}
    </div>
  );
}
