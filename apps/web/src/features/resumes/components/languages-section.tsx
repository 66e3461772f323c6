"use client";

import type { ResumeDocument } from "@hirefolio/shared";
import { EntryList } from "./entry-list";
import { useResumeEditorContext } from "./resume-editor-context";
import { ResumeField } from "./resume-field";

type Language = ResumeDocument["languages"][number];

export function LanguagesSection() {
  const { editor } = useResumeEditorContext();
  return (
    <EntryList
      path="languages"
      title="Languages"
      description="Name the level plainly (native, fluent, professional, basic) or by CEFR (C1, B2)."
      noun="language"
      items={editor.document.languages}
      newItem={(): Language => ({ language: "", fluency: "" })}
      entryLabel={(entry, index) => entry.language || `Language ${index + 1}`}
    >
      {(index) => (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <ResumeField path={`languages[${index}].language`} label="Language" />
          <ResumeField path={`languages[${index}].fluency`} label="Level" placeholder="e.g. Fluent (C1)" />
        </div>
      )}
    </EntryList>
  );
}
