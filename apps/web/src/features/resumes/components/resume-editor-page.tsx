"use client";

import { ErrorState } from "@/components/ui/error-state";
import { PageSkeleton } from "@/components/ui/skeleton";
import { useResume } from "../hooks/use-resumes";
import { ResumeWorkspace } from "./resume-workspace";

export function ResumeEditorPage({ resumeId }: { resumeId: string }) {
  const resume = useResume(resumeId);
  if (resume.error) return <ErrorState error={resume.error} onRetry={() => resume.refetch()} />;
  if (!resume.data) return <PageSkeleton label="Loading your resume…" />;
  return <ResumeWorkspace key={resume.data.id} resume={resume.data} />;
}
