"use client";

import { useQuery } from "@tanstack/react-query";
import { FileTextIcon } from "@/components/icons";
import { ErrorState } from "@/components/ui/error-state";
import { ListSkeleton } from "@/components/ui/skeleton";
import { ResumePreview } from "@/features/resumes/components/resume-preview";
import { applicationResumePdfUrl, experimentKeys, fetchApplicationResume } from "../api";

/** The resume as the candidate sent it (later edits don't show), read-only for the hiring team: a PDF download and an inline preview. */
export function AttachedResume({ applicationId, hasResume }: { applicationId: string; hasResume: boolean }) {
  const resume = useQuery({
    queryKey: experimentKeys.applicationResume(applicationId),
    queryFn: () => fetchApplicationResume(applicationId),
    enabled: hasResume,
  });
  if (!hasResume) return <p className="text-sm text-slate-500">Sent without a resume.</p>;
  if (resume.error) return <ErrorState error={resume.error} onRetry={() => resume.refetch()} />;
  if (!resume.data) return <ListSkeleton rows={1} label="Loading resume…" />;
  return (
    <div className="space-y-3">
      <div className="flex items-center gap-3 rounded-lg border border-slate-200 p-3">
        <FileTextIcon className="size-5 shrink-0 text-brand-600" />
        <p className="min-w-0 flex-1 truncate text-sm font-medium text-slate-900">{resume.data.title}</p>
        <a
          href={applicationResumePdfUrl(applicationId)}
          download
          className="text-sm font-medium text-brand-700 hover:underline"
        >
          Download PDF
        </a>
      </div>
      <details className="group rounded-lg border border-slate-200">
        <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50">
          Preview resume
        </summary>
        <div className="border-t border-slate-100 p-4">
          <ResumePreview document={resume.data.document} templateId={resume.data.templateId} label="Resume as sent" />
        </div>
      </details>
    </div>
  );
}
