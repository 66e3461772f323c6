"use client";

import type { ApplicationSummary } from "@hirefolio/shared";
import type { ReactNode } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Dialog } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/error-state";
import { ListSkeleton } from "@/components/ui/skeleton";
import { AttachedResume } from "@/features/resume-experiments/components/attached-resume";
import { ScheduleInterviewButton } from "@/features/scheduling/components/schedule-interview-button";
import { formatDate } from "@/lib/format-date";
import { useApplication } from "../hooks/use-job-applications";
import { MoveStageForm } from "./move-stage-form";
import { StageBadge } from "./stage-badge";
import { StageHistory } from "./stage-history";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-3">
      <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h3>
      {children}
    </section>
  );
}

/** Lists leave the cover note out (it can be long), so the panel fetches the application in full. */
function CoverNote({ applicationId }: { applicationId: string }) {
  const { data, error, refetch } = useApplication(applicationId);
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!data) return <ListSkeleton rows={2} label="Loading cover note…" />;
  if (!data.coverNote) return <p className="text-sm text-slate-500">No cover note.</p>;
  return <p className="text-sm leading-6 whitespace-pre-line text-slate-700">{data.coverNote}</p>;
}

/** Side panel with an applicant's cover note, stage controls and the full stage history. */
export function ApplicationSheet({
  application,
  onClose,
}: {
  application: ApplicationSummary | null;
  onClose: () => void;
}) {
  return (
    <Dialog
      variant="sheet"
      open={application !== null}
      onClose={onClose}
      title={application?.candidateName ?? "Applicant"}
      description={application?.candidateEmail}
    >
      {application && (
        <div className="space-y-8">
          <div className="flex items-center gap-3">
            <Avatar name={application.candidateName} className="size-10" />
            <div className="text-sm">
              <StageBadge stage={application.stage} />
              <p className="mt-1 text-slate-600">Applied {formatDate(application.createdAt)}</p>
            </div>
          </div>
          <Section title="Interviews">
            <ScheduleInterviewButton application={application} />
          </Section>
          <Section title="Cover note">
            <CoverNote applicationId={application.id} />
          </Section>
          <Section title="Resume">
            <AttachedResume applicationId={application.id} hasResume={application.hasResume} />
          </Section>
          <Section title="Change stage">
            <MoveStageForm key={application.stage} application={application} />
          </Section>
          <Section title="Stage history">
            <StageHistory applicationId={application.id} />
          </Section>
        </div>
      )}
    </Dialog>
  );
}
