"use client";

import type { ReactNode } from "react";
import { TextAreaField, TextField } from "@/components/ui/form-field";
import { cx } from "@/lib/class-names";
import { hasPlaceholder } from "../apply-suggestion";
import { fieldId, getAtPath } from "../resume-paths";
import { PlaceholderText } from "./placeholder-text";
import { useResumeEditorContext } from "./resume-editor-context";

interface ResumeFieldProps {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  type?: "text" | "email" | "tel" | "url";
  placeholder?: string;
  autoComplete?: string;
  multiline?: boolean;
  className?: string;
}

/** A text input bound to one path of the resume; its id lets ATS findings scroll to it. */
export function ResumeField({ path, label, hint, multiline, className, ...input }: ResumeFieldProps) {
  const { editor, errors, highlightedPath } = useResumeEditorContext();
  const value = (getAtPath(editor.document, path) as string | undefined) ?? "";
  const unfilled = hasPlaceholder(value);
  const props = {
    id: fieldId(path),
    label,
    value,
    error: errors[path],
    hint: unfilled ? <PlaceholderHint text={value} /> : hint,
    onChange: (event: { target: { value: string } }) => editor.setField(path, event.target.value),
    className: cx(
      className,
      (unfilled || highlightedPath === path) && "rounded-lg ring-2 ring-amber-300 ring-offset-4 ring-offset-white",
    ),
  };
  return multiline ? <TextAreaField {...props} rows={4} /> : <TextField {...props} {...input} />;
}

function PlaceholderHint({ text }: { text: string }) {
  return (
    <span>
      <span className="font-medium text-amber-800">Fill in the placeholders: </span>
      <PlaceholderText text={text} />
    </span>
  );
}
