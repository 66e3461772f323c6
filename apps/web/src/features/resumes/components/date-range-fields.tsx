"use client";

import { getAtPath } from "../resume-paths";
import { MonthField } from "./month-field";
import { useResumeEditorContext } from "./resume-editor-context";

interface DateRangeFieldsProps {
  /** Path of the entry, e.g. "work[0]". */
  path: string;
  /** Offers "I currently work here": no end date, which JSON Resume reads as "present". */
  currentLabel?: string;
}

export function DateRangeFields({ path, currentLabel }: DateRangeFieldsProps) {
  const { editor } = useResumeEditorContext();
  const endPath = `${path}.endDate`;
  const end = getAtPath(editor.document, endPath) as string | undefined;
  // New entries get endDate "", so only an entry whose end date was removed on purpose counts as current.
  const current = currentLabel !== undefined && end === undefined;

  return (
    <div className="space-y-2">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <MonthField path={`${path}.startDate`} label="Start" />
        <MonthField path={endPath} label="End" disabled={current} hint={current ? "Present" : undefined} />
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
