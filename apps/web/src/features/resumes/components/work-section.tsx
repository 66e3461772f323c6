"use client";

import type { ResumeDocument } from "@hirefolio/shared";
import { DateRangeFields } from "./date-range-fields";
import { EntryList } from "./entry-list";
import { useResumeEditorContext } from "./resume-editor-context";
import { ResumeField } from "./resume-field";
import { TextListEditor } from "./text-list-editor";

type WorkEntry = ResumeDocument["work"][number];

function workLabel(entry: WorkEntry, index: number) {
  return [entry.position, entry.name].filter(Boolean).join(" at ") || `Role ${index + 1}`;
}

export function WorkSection() {
  const { editor } = useResumeEditorContext();
  return (
    <EntryList
      path="work"
      title="Work experience"
      description="Most recent first. Lead each bullet with what you did and the result."
      noun="role"
      items={editor.document.work}
      newItem={(): WorkEntry => ({ position: "", name: "", startDate: "", endDate: "", highlights: [] })}
      entryLabel={workLabel}
    >
      {(index) => (
        <>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <ResumeField path={`work[${index}].position`} label="Position" />
            <ResumeField path={`work[${index}].name`} label="Company" />
          </div>
          <DateRangeFields path={`work[${index}]`} currentLabel="This is my current role" />
          <ResumeField path={`work[${index}].summary`} label="Summary" multiline />
          <TextListEditor path={`work[${index}].highlights`} label="Highlights" noun="bullet" />
        </>
      )}
    </EntryList>
  );
}
