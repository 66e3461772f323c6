"use client";

import type { ResumeDocument } from "@hirefolio/shared";
import { DateRangeFields } from "./date-range-fields";
import { EntryList } from "./entry-list";
import { useResumeEditorContext } from "./resume-editor-context";
import { ResumeField } from "./resume-field";

type EducationEntry = ResumeDocument["education"][number];

export function EducationSection() {
  const { editor } = useResumeEditorContext();
  return (
    <EntryList
      path="education"
      title="Education"
      description="Degrees, diplomas and bootcamps."
      noun="school"
      items={editor.document.education}
      newItem={(): EducationEntry => ({ institution: "", area: "", studyType: "", startDate: "", endDate: "" })}
      entryLabel={(entry, index) => entry.institution || `School ${index + 1}`}
    >
      {(index) => (
        <>
          <ResumeField path={`education[${index}].institution`} label="Institution" />
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <ResumeField path={`education[${index}].studyType`} label="Degree" placeholder="e.g. Bachelor" />
            <ResumeField path={`education[${index}].area`} label="Field of study" placeholder="e.g. Computer Science" />
          </div>
          <DateRangeFields path={`education[${index}]`} />
        </>
      )}
    </EntryList>
  );
}
