"use client";

import type { ResumeDocument } from "@hirefolio/shared";
import { EntryList } from "./entry-list";
import { MonthField } from "./month-field";
import { useResumeEditorContext } from "./resume-editor-context";
import { ResumeField } from "./resume-field";

type Publication = ResumeDocument["publications"][number];

export function PublicationsSection() {
  const { editor } = useResumeEditorContext();
  return (
    <EntryList
      path="publications"
      title="Publications"
      description="Papers, articles and talks, with where they appeared."
      noun="publication"
      items={editor.document.publications}
      newItem={(): Publication => ({ name: "", publisher: "", releaseDate: "" })}
      entryLabel={(entry, index) => entry.name || `Publication ${index + 1}`}
    >
      {(index) => (
        <>
          <ResumeField path={`publications[${index}].name`} label="Title" />
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <ResumeField path={`publications[${index}].publisher`} label="Publisher or venue" />
            <MonthField path={`publications[${index}].releaseDate`} label="Published" />
          </div>
          <ResumeField path={`publications[${index}].url`} label="Link" type="url" />
          <ResumeField path={`publications[${index}].summary`} label="Summary" multiline />
        </>
      )}
    </EntryList>
  );
}
