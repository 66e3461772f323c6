"use client";

import type { ReactNode } from "react";
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

interface MonthFieldProps {
  /** Path of the date, e.g. "certificates[0].date". */
  path: string;
  label: string;
  disabled?: boolean;
  hint?: ReactNode;
}

/** A JSON Resume partial date edited as a month, the precision resumes show. */
export function MonthField({ path, label, disabled, hint }: MonthFieldProps) {
  const { editor, errors } = useResumeEditorContext();
  const value = getAtPath(editor.document, path) as string | undefined;
  return (
    <TextField
      id={fieldId(path)}
      label={label}
      type="month"
      value={disabled ? "" : toMonth(value)}
      disabled={disabled}
      hint={hint}
      error={errors[path]}
      onChange={(event) => editor.setField(path, event.target.value)}
    />
  );
}
