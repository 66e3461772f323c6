"use client";

import type { ResumeDocument } from "@hirefolio/shared";
import { EntryList } from "./entry-list";
import { MonthField } from "./month-field";
import { useResumeEditorContext } from "./resume-editor-context";
import { ResumeField } from "./resume-field";

type Certificate = ResumeDocument["certificates"][number];

export function CertificatesSection() {
  const { editor } = useResumeEditorContext();
  return (
    <EntryList
      path="certificates"
      title="Certifications"
      description="Spell the certification out as the issuer does; many job filters search for the exact name."
      noun="certification"
      items={editor.document.certificates}
      newItem={(): Certificate => ({ name: "", issuer: "", date: "" })}
      entryLabel={(entry, index) => entry.name || `Certification ${index + 1}`}
    >
      {(index) => (
        <>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <ResumeField path={`certificates[${index}].name`} label="Name" placeholder="e.g. AWS Certified Developer" />
            <ResumeField path={`certificates[${index}].issuer`} label="Issuer" />
          </div>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <MonthField path={`certificates[${index}].date`} label="Earned" />
            <ResumeField path={`certificates[${index}].url`} label="Verification link" type="url" />
          </div>
        </>
      )}
    </EntryList>
  );
}
