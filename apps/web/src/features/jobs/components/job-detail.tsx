"use client";

import { useQuery } from "@tanstack/react-query";
import { BriefcaseIcon } from "@/components/icons";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { FadeIn } from "@/components/ui/fade-in";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/skeleton";
import { isApiError } from "@/lib/api-client";
import { fetchJob, jobKeys } from "../api";
import { formatSalary } from "../format-salary";
import { ApplyPanel } from "./apply-panel";
import { JobMeta } from "./job-meta";
import { JobStatusBadge } from "./job-status-badge";

export function JobDetail({ jobId }: { jobId: string }) {
  const { data: job, error, refetch } = useQuery({ queryKey: jobKeys.detail(jobId), queryFn: () => fetchJob(jobId) });

  if (isApiError(error, 404)) {
    return (
      <EmptyState
        icon={<BriefcaseIcon className="size-6" />}
        title="This job isn't available"
        description="It may have been filled or unpublished. There are more roles on the job board."
        action={<ButtonLink href="/jobs">Browse open jobs</ButtonLink>}
      />
    );
  }
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!job) return <PageSkeleton label="Loading job…" />;

  const salary = formatSalary(job.salaryMin, job.salaryMax, job.salaryCurrency);

  return (
    <FadeIn>
      <PageHeader
        back={{ href: "/jobs", label: "All jobs" }}
        title={job.title}
        meta={job.status !== "open" && <JobStatusBadge status={job.status} />}
        description={<JobMeta job={job} />}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {salary && (
            <Card>
              <p className="text-sm text-slate-600">Salary range</p>
              <p className="mt-1 text-xl font-semibold tracking-tight text-slate-900 tabular-nums">{salary}</p>
            </Card>
          )}
          <Card title="About the role">
            <div className="max-w-prose text-[15px] leading-7 whitespace-pre-line text-slate-700">
              {job.description}
            </div>
          </Card>
        </div>
        <aside className="lg:sticky lg:top-24 lg:self-start">
          <ApplyPanel job={job} />
        </aside>
      </div>
    </FadeIn>
  );
}
