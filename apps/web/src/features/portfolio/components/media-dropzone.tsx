"use client";

import { type DragEvent, useId, useRef, useState } from "react";
import { UploadIcon } from "@/components/icons";
import { cx } from "@/lib/class-names";

/** What the picker offers; the server decides from the bytes, so this only narrows the file dialog. */
const accept = "image/jpeg,image/png,image/webp,image/gif,image/avif,application/pdf,video/mp4,video/webm";

/**
 * Files dropped here or chosen with the button. The whole zone is the button, so it is one tab stop that Enter or
 * Space opens; dropping is the pointer shortcut.
 */
export function MediaDropzone({
  label,
  hint,
  onFiles,
  compact = false,
}: {
  label: string;
  hint: string;
  onFiles: (files: File[]) => void;
  compact?: boolean;
}) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length) onFiles(files);
  };

  return (
    <div>
      <button
        type="button"
        onClick={() => input.current?.click()}
        onDragOver={(event) => {
          if (![...event.dataTransfer.types].includes("Files")) return;
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={cx(
          "flex w-full items-center gap-3 rounded-xl border-2 border-dashed transition-colors",
          compact ? "px-4 py-3 text-left" : "flex-col px-6 py-8 text-center",
          over
            ? "border-brand-500 bg-brand-50"
            : "border-slate-300 bg-slate-50/60 hover:border-brand-400 hover:bg-white",
        )}
      >
        <span className="grid size-10 shrink-0 place-items-center rounded-full bg-white text-brand-600 shadow-sm ring-1 ring-slate-200">
          <UploadIcon className="size-5" />
        </span>
        <span>
          <span className="block text-sm font-semibold text-slate-900">{label}</span>
          <span className="block text-xs text-slate-600">{hint}</span>
        </span>
      </button>
      <input
        id={inputId}
        ref={input}
        type="file"
        multiple
        accept={accept}
        className="sr-only"
        tabIndex={-1}
        aria-label={label}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so choosing the same file again (after a refusal) fires a change.
          event.target.value = "";
          if (files.length) onFiles(files);
        }}
      />
    </div>
  );
}
