"use client";

import { describePath } from "../path-label";
import { findFieldElement, revealField } from "../resume-paths";

/** A link-styled button that scrolls to the field a finding is about. */
export function FieldLink({ path }: { path: string }) {
  return (
    <button
      type="button"
      onClick={() => {
        if (findFieldElement(path)) revealField(path);
      }}
      className="rounded text-xs font-medium text-brand-700 underline decoration-brand-300 underline-offset-2 hover:text-brand-900"
    >
      {describePath(path)}
    </button>
  );
}
