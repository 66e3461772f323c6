"use client";

import { RedoIcon, UndoIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import type { ResumeEditor } from "../hooks/use-resume-editor";
import { SaveStatus } from "./save-status";

/** Save state and undo/redo, kept in view while the user scrolls the form. */
export function EditorToolbar({ editor }: { editor: ResumeEditor }) {
  const { history, autosave } = editor;
  return (
    <div className="sticky top-18 z-20 flex items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white/90 px-4 py-2 shadow-card backdrop-blur">
      <SaveStatus status={autosave.status} onRetry={() => void autosave.save()} />
      <div className="flex items-center gap-1">
        <Button
          variant="ghost"
          size="sm"
          onClick={history.undo}
          disabled={!history.canUndo}
          aria-keyshortcuts="Control+Z"
        >
          <UndoIcon />
          <span className="max-sm:sr-only">Undo</span>
        </Button>
        <Button
          variant="ghost"
          size="sm"
          onClick={history.redo}
          disabled={!history.canRedo}
          aria-keyshortcuts="Control+Shift+Z"
        >
          <RedoIcon />
          <span className="max-sm:sr-only">Redo</span>
        </Button>
      </div>
    </div>
  );
}
