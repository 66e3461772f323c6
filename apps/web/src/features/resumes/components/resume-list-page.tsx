"use client";

import type { ResumeSummary } from "@hirefolio/shared";
import { useState } from "react";
import { ChartIcon, FileTextIcon, PlusIcon } from "@/components/icons";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FadeIn } from "@/components/ui/fade-in";
import { PageHeader } from "@/components/ui/page-header";
import { QueryState } from "@/components/ui/query-state";
import { UploadProgress } from "@/components/ui/upload-progress";
import { useResumes } from "../hooks/use-resumes";
import { DeleteResumeDialog } from "./delete-resume-dialog";
import { type ImportProblem, ImportProblemAlert } from "./import-problem-alert";
import { ImportResumeButton, type ImportStatus } from "./import-resume-button";
import { NewResumeDialog } from "./new-resume-dialog";
import { ResumeRow } from "./resume-row";

export function ResumeListPage() {
  const resumes = useResumes();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<ResumeSummary | null>(null);
  const [importFailure, setImportFailure] = useState<ImportProblem | null>(null);
  const [importStatus, setImportStatus] = useState<ImportStatus | null>(null);

  return (
    <FadeIn className="space-y-6">
      <PageHeader
        title="AI Resume Builder"
        description="Write an ATS-friendly resume, check it against any job description and keep every version."
        actions={
          <>
            <ButtonLink href="/resume/experiments" variant="secondary">
              <ChartIcon />
              A/B tests
            </ButtonLink>
            <ImportResumeButton onProblem={setImportFailure} onStatus={setImportStatus} />
            <Button onClick={() => setCreating(true)}>
              <PlusIcon />
              New resume
            </Button>
          </>
        }
      />
      {importFailure && <ImportProblemAlert problem={importFailure} />}
      {importStatus && (
        <Card>
          <UploadProgress
            fraction={importStatus.progress}
            label={
              importStatus.progress < 1 ? `Uploading ${importStatus.fileName}…` : `Reading ${importStatus.fileName}…`
            }
          />
        </Card>
      )}
      <Card title="Your resumes" padding="none">
        <QueryState
          query={resumes}
          loadingLabel="Loading your resumes…"
          padded
          isEmpty={(page) => page.items.length === 0}
          empty={
            <EmptyState
              icon={<FileTextIcon className="size-6" />}
              title="Build your first resume"
              description="Fill in your experience section by section, paste a job description to see your ATS score and the keywords you're missing, and apply suggested fixes. Every save is kept, so you can compare and restore versions. Already have a resume as a PDF, a Word document or JSON Resume? Import it and check what was read."
              action={
                <Button onClick={() => setCreating(true)}>
                  <PlusIcon />
                  New resume
                </Button>
              }
            />
          }
        >
          {(page) => (
            <ul className="divide-y divide-slate-100">
              {page.items.map((resume) => (
                <ResumeRow key={resume.id} resume={resume} onDelete={() => setDeleting(resume)} />
              ))}
            </ul>
          )}
        </QueryState>
      </Card>
      <NewResumeDialog open={creating} onClose={() => setCreating(false)} />
      <DeleteResumeDialog resume={deleting} onClose={() => setDeleting(null)} />
    </FadeIn>
  );
}
