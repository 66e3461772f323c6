"use client";

import { createContext, useContext } from "react";
import type { ResumeEditor } from "../hooks/use-resume-editor";

export interface ResumeEditorContextValue {
  editor: ResumeEditor;
  /** Validation messages from the last save, keyed by resume path. */
  errors: Record<string, string>;
  /** The field a suggestion was just applied to, highlighted until edited. */
  highlightedPath: string | null;
}

const ResumeEditorContext = createContext<ResumeEditorContextValue | null>(null);

export const ResumeEditorProvider = ResumeEditorContext.Provider;

export function useResumeEditorContext(): ResumeEditorContextValue {
  const value = useContext(ResumeEditorContext);
  if (!value) throw new Error("useResumeEditorContext needs a ResumeEditorProvider");
  return value;
}
