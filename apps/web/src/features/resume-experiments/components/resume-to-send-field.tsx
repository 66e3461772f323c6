"use client";

import { SelectField } from "@/components/ui/form-field";
import { useResumes } from "@/features/resumes/hooks/use-resumes";

/**
 * Which of the candidate's resumes goes with an application. The choice is what A/B tests count: applications
 * per variant, and the interviews they lead to.
 */
export function ResumeToSendField({ value, onChange }: { value: string; onChange: (resumeId: string) => void }) {
  const resumes = useResumes();
  const items = resumes.data?.items ?? [];
  return (
    <SelectField
      label="Resume to send"
      optional
      value={value}
      disabled={resumes.isPending}
      onChange={(event) => onChange(event.target.value)}
      hint={
        items.length === 0 && !resumes.isPending
          ? "Build a resume in the resume builder to attach it."
          : "The hiring team sees this resume; it counts toward your resume A/B tests."
      }
    >
      <option value="">Don't attach a resume</option>
      {items.map((resume) => (
        <option key={resume.id} value={resume.id}>
          {resume.title}
        </option>
      ))}
    </SelectField>
  );
}
