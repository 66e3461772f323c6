"use client";

import type { ResumeDocument } from "@hirefolio/shared";
import { EntryList } from "./entry-list";
import { MonthField } from "./month-field";
import { useResumeEditorContext } from "./resume-editor-context";
import { ResumeField } from "./resume-field";

type Award = ResumeDocument["awards"][number];

export function AwardsSection() {
  const { editor } = useResumeEditorContext();
  return (
    <EntryList
      path="awards"
      title="Awards"
      description="Recognition with who gave it and why: it is evidence, not decoration."
      noun="award"
      items={editor.document.awards}
      newItem={(): Award => ({ title: "", awarder: "", date: "" })}
      entryLabel={(entry, index) => entry.title || `Award ${index + 1}`}
    >
      {(index) => (
        <>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <ResumeField path={`awards[${index}].title`} label="Title" />
            <ResumeField path={`awards[${index}].awarder`} label="Awarded by" />
          </div>
          <MonthField path={`awards[${index}].date`} label="Date" />
          <ResumeField path={`awards[${index}].summary`} label="What it was for" multiline />
        </>
      )}
    </EntryList>
  );
}
