"use client";

import type { ResumeDocument } from "@hirefolio/shared";
import { DateRangeFields } from "./date-range-fields";
import { EntryList } from "./entry-list";
import { useResumeEditorContext } from "./resume-editor-context";
import { ResumeField } from "./resume-field";
import { TextListEditor } from "./text-list-editor";

type VolunteerEntry = ResumeDocument["volunteer"][number];

export function VolunteerSection() {
  const { editor } = useResumeEditorContext();
  return (
    <EntryList
      path="volunteer"
      title="Volunteering"
      description="Unpaid roles count: describe them like jobs, with what you achieved."
      noun="volunteer role"
      items={editor.document.volunteer}
      newItem={(): VolunteerEntry => ({ position: "", organization: "", startDate: "", endDate: "", highlights: [] })}
      entryLabel={(entry, index) =>
        [entry.position, entry.organization].filter(Boolean).join(" at ") || `Volunteer role ${index + 1}`
      }
    >
      {(index) => (
        <>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <ResumeField path={`volunteer[${index}].position`} label="Role" />
            <ResumeField path={`volunteer[${index}].organization`} label="Organisation" />
          </div>
          <DateRangeFields path={`volunteer[${index}]`} currentLabel="I still volunteer here" />
          <TextListEditor path={`volunteer[${index}].highlights`} label="Highlights" noun="bullet" />
        </>
      )}
    </EntryList>
  );
}
