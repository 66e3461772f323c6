"use client";

import type { ResumeDocument } from "@hirefolio/shared";
import { EntryList } from "./entry-list";
import { useResumeEditorContext } from "./resume-editor-context";
import { ResumeField } from "./resume-field";
import { TextListEditor } from "./text-list-editor";

type Project = ResumeDocument["projects"][number];

export function ProjectsSection() {
  const { editor } = useResumeEditorContext();
  return (
    <EntryList
      path="projects"
      title="Projects"
      description="Side projects, open source and case studies worth a look."
      noun="project"
      items={editor.document.projects}
      newItem={(): Project => ({ name: "", description: "", highlights: [] })}
      entryLabel={(project, index) => project.name || `Project ${index + 1}`}
    >
      {(index) => (
        <>
          <ResumeField path={`projects[${index}].name`} label="Project name" />
          <ResumeField path={`projects[${index}].description`} label="Description" multiline />
          <TextListEditor path={`projects[${index}].highlights`} label="Highlights" noun="bullet" />
        </>
      )}
    </EntryList>
  );
}
