"use client";

import type { Job } from "@hirefolio/shared";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { BriefcaseIcon, ExternalLinkIcon } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { FadeIn } from "@/components/ui/fade-in";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/skeleton";
import { Tabs } from "@/components/ui/tabs";
import { useToast } from "@/components/ui/toast";
import { PipelineBoard } from "@/features/applications/components/pipeline-board";
import { fetchJob, jobKeys } from "@/features/jobs/api";
import { JobForm } from "@/features/jobs/components/job-form";
import { JobMeta } from "@/features/jobs/components/job-meta";
import { JobStatusSelect } from "@/features/jobs/components/job-status-select";
import { useUpdateJob } from "@/features/jobs/hooks/use-update-job";
import { isApiError } from "@/lib/api-client";

type Section = "applicants" | "details";

function JobDetailsForm({ job }: { job: Job }) {
  const toast = useToast();
  const update = useUpdateJob(job);
  return (
    <Card className="max-w-3xl">
      {/* Remount after each save so the form starts from the saved values. */}
      <JobForm
        key={job.updatedAt}
        job={job}
        submitLabel="Save changes"
        save={update.mutateAsync}
        onSaved={() => toast.show("Job saved")}
      />
    </Card>
  );
}

export function ManageJobPage({ jobId }: { jobId: string }) {
  const [section, setSection] = useState<Section>("applicants");
  const { data: job, error, refetch } = useQuery({ queryKey: jobKeys.detail(jobId), queryFn: () => fetchJob(jobId) });

  if (isApiError(error, 404) || isApiError(error, 403)) {
    return (
      <EmptyState
        icon={<BriefcaseIcon className="size-6" />}
        title="Job not found"
        description="It may have been removed, or it belongs to a team you're not part of."
        action={<ButtonLink href="/recruiter">Back to dashboard</ButtonLink>}
      />
    );
  }
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!job) return <PageSkeleton label="Loading job…" />;

  return (
    <FadeIn>
      <PageHeader
        back={{ href: "/recruiter", label: "Dashboard" }}
        title={job.title}
        description={<JobMeta job={job} showEmployer={false} />}
        actions={
          <>
            <JobStatusSelect job={job} />
            {job.status === "open" && (
              <ButtonLink href={`/jobs/${job.id}`} variant="secondary">
                <ExternalLinkIcon />
                View posting
              </ButtonLink>
            )}
          </>
        }
      />
      <Tabs
        label="Job sections"
        value={section}
        onChange={setSection}
        tabs={[
          {
            value: "applicants",
            label: (
              <>
                Applicants
                <Badge tone="neutral">{job.applicantCount ?? 0}</Badge>
              </>
            ),
            panel: <PipelineBoard jobId={job.id} jobIsOpen={job.status === "open"} />,
          },
          { value: "details", label: "Job details", panel: <JobDetailsForm job={job} /> },
        ]}
      />
    </FadeIn>
  );
}
