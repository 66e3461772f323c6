"use client";

import type { Resume, ResumeDocument } from "@hirefolio/shared";
import { useCallback, useEffect } from "react";
import { setAtPath } from "../resume-paths";
import { useResumeAutosave } from "./use-resume-autosave";
import { useUndoable } from "./use-undoable";

/** The document being edited: path-based edits with undo/redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) and autosave. */
export function useResumeEditor(resume: Resume) {
  const history = useUndoable<ResumeDocument>(resume.document);
  const document = history.value;
  const autosave = useResumeAutosave(resume, document);
  const { set, undo, redo, reset } = history;

  const setField = useCallback(
    (path: string, value: unknown) => set(setAtPath(document, path, value), path),
    [document, set],
  );

  /** Replaces the whole document as one undoable step, e.g. when a suggestion is applied. */
  const replace = useCallback((next: ResumeDocument) => set(next), [set]);

  const load = useCallback(
    (current: Resume) => {
      reset(current.document);
      autosave.markSaved(current);
    },
    [reset, autosave.markSaved],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const isRedo = (key === "z" && event.shiftKey) || key === "y";
      if (key !== "z" && !isRedo) return;
      event.preventDefault();
      if (isRedo) redo();
      else undo();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [undo, redo]);

  return { document, setField, replace, load, history, autosave };
}

export type ResumeEditor = ReturnType<typeof useResumeEditor>;
