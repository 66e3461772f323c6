"use client";

import { TextField } from "@/components/ui/form-field";
import { fieldId, getAtPath } from "../resume-paths";
import { useResumeEditorContext } from "./resume-editor-context";

/** A month input shows "YYYY-MM"; JSON Resume also allows a bare year or a full day, shown as their month. */
function toMonth(value: string | undefined): string {
  if (!value) return "";
  if (/^\d{4}-\d{2}/.test(value)) return value.slice(0, 7);
  if (/^\d{4}$/.test(value)) return `${value}-01`;
  return "";
}

interface DateRangeFieldsProps {
  /** Path of the entry, e.g. "work[0]". */
  path: string;
  /** Offers "I currently work here": no end date, which JSON Resume reads as "present". */
  currentLabel?: string;
}

export function DateRangeFields({ path, currentLabel }: DateRangeFieldsProps) {
  const { editor, errors } = useResumeEditorContext();
  const startPath = `${path}.startDate`;
  const endPath = `${path}.endDate`;
  const start = getAtPath(editor.document, startPath) as string | undefined;
  const end = getAtPath(editor.document, endPath) as string | undefined;
  // New entries get endDate "", so only an entry whose end date was removed on purpose counts as current.
  const current = currentLabel !== undefined && end === undefined;

  return (
    <div className="space-y-2">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          id={fieldId(startPath)}
          label="Start"
          type="month"
          value={toMonth(start)}
          error={errors[startPath]}
          onChange={(event) => editor.setField(startPath, event.target.value)}
        />
        <TextField
          id={fieldId(endPath)}
          label="End"
          type="month"
          value={current ? "" : toMonth(end)}
          disabled={current}
          hint={current ? "Present" : undefined}
          error={errors[endPath]}
          onChange={(event) => editor.setField(endPath, event.target.value)}
        />
      </div>
      {currentLabel && (
        <label className="inline-flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={current}
            onChange={(event) => editor.setField(endPath, event.target.checked ? undefined : "")}
            className="size-4 rounded border-slate-300 text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
          />
          {currentLabel}
        </label>
      )}
    </div>
  );
}
