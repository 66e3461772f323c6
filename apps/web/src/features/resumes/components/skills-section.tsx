"use client";

import type { ResumeDocument } from "@hirefolio/shared";
import { SkillsInput } from "@/features/profile/components/skills-input";
import { fieldId } from "../resume-paths";
import { EntryList } from "./entry-list";
import { useResumeEditorContext } from "./resume-editor-context";
import { ResumeField } from "./resume-field";

type SkillGroup = ResumeDocument["skills"][number];

export function SkillsSection() {
  const { editor } = useResumeEditorContext();
  return (
    <EntryList
      path="skills"
      title="Skills"
      description="Group related skills; applicant tracking systems match these words exactly."
      noun="skill group"
      items={editor.document.skills}
      newItem={(): SkillGroup => ({ name: "", keywords: [] })}
      entryLabel={(group, index) => group.name || `Skill group ${index + 1}`}
    >
      {(index) => {
        const group = editor.document.skills[index]!;
        return (
          <>
            <ResumeField path={`skills[${index}].name`} label="Group name" placeholder="e.g. Frontend" />
            <SkillsInput
              id={fieldId(`skills[${index}].keywords`)}
              label="Keywords"
              listLabel={`${group.name || "Group"} keywords`}
              hint="Press Enter to add a keyword."
              placeholder="e.g. React"
              skills={group.keywords ?? []}
              onChange={(keywords) => editor.setField(`skills[${index}].keywords`, keywords)}
            />
          </>
        );
      }}
    </EntryList>
  );
}
