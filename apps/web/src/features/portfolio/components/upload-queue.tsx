"use client";

import { AlertCircleIcon, XIcon } from "@/components/icons";
import { UploadProgress } from "@/components/ui/upload-progress";
import type { PendingUpload } from "../hooks/use-media";

/** One row per file still on its way, or refused with the reason. */
export function UploadQueue({ pending, onDismiss }: { pending: PendingUpload[]; onDismiss: (key: string) => void }) {
  if (pending.length === 0) return null;
  return (
    <ul aria-label="Uploads" className="space-y-2">
      {pending.map((item) =>
        item.error ? (
          <li
            key={item.key}
            role="alert"
            className="flex items-start gap-2 rounded-lg border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800"
          >
            <AlertCircleIcon className="mt-0.5 size-4 shrink-0 text-rose-600" />
            <p className="flex-1">{item.error}</p>
            <button
              type="button"
              onClick={() => onDismiss(item.key)}
              className="grid size-6 place-items-center rounded text-rose-700 hover:bg-rose-100"
            >
              <XIcon className="size-4" />
              <span className="sr-only">Dismiss</span>
            </button>
          </li>
        ) : (
          <li key={item.key} className="rounded-lg border border-slate-200 bg-white px-3 py-2">
            <UploadProgress
              fraction={item.fraction}
              label={item.fraction < 1 ? `Uploading ${item.name}` : `Processing ${item.name}…`}
            />
          </li>
        ),
      )}
    </ul>
  );
}
