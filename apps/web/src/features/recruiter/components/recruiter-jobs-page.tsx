"use client";

import { useState } from "react";
import { BriefcaseIcon, PlusIcon } from "@/components/icons";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FadeIn } from "@/components/ui/fade-in";
import { PageHeader } from "@/components/ui/page-header";
import { QueryState } from "@/components/ui/query-state";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { CreateEmployerForm } from "@/features/employers/components/create-employer-form";
import { EmployerSwitcher } from "@/features/employers/components/employer-switcher";
import { useActiveEmployer } from "@/features/employers/hooks/use-active-employer";
import type { JobStatus } from "@/features/jobs/api";
import { JobsTable } from "@/features/jobs/components/jobs-table";
import { useEmployerJobPages } from "@/features/jobs/hooks/use-employer-jobs";
import { jobStatusLabels } from "@/features/jobs/job-labels";

type StatusFilter = JobStatus | "all";

const statusOptions: { value: StatusFilter; label: string }[] = [
  { value: "all", label: "All" },
  ...(Object.keys(jobStatusLabels) as JobStatus[]).map((value) => ({ value, label: jobStatusLabels[value] })),
];

function EmployerJobs({ employerId, employerName }: { employerId: string; employerName: string }) {
  const [status, setStatus] = useState<StatusFilter>("all");
  const jobs = useEmployerJobPages(employerId, status === "all" ? undefined : status);
  const items = jobs.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card
      title="All jobs"
      padding="none"
      action={<SegmentedControl label="Filter by status" options={statusOptions} value={status} onChange={setStatus} />}
    >
      <QueryState
        query={jobs}
        loadingLabel="Loading jobs…"
        skeletonRows={4}
        padded
        isEmpty={() => items.length === 0}
        empty={
          <EmptyState
            icon={<BriefcaseIcon className="size-6" />}
            title={status === "all" ? "No jobs yet" : `No ${jobStatusLabels[status].toLowerCase()} jobs`}
            description={
              status === "all"
                ? "Create your first job to start receiving applications."
                : "Jobs with this status will appear here."
            }
            action={
              <ButtonLink href="/recruiter/jobs/new">
                <PlusIcon />
                New job
              </ButtonLink>
            }
          />
        }
      >
        {() => (
          <>
            <JobsTable jobs={items} caption={`Jobs at ${employerName}`} />
            {jobs.hasNextPage && (
              <div className="flex justify-center border-t border-slate-100 p-4">
                <Button variant="secondary" loading={jobs.isFetchingNextPage} onClick={() => jobs.fetchNextPage()}>
                  Load more
                </Button>
              </div>
            )}
          </>
        )}
      </QueryState>
    </Card>
  );
}

export function RecruiterJobsPage() {
  const { employer, employers, select } = useActiveEmployer();
  return (
    <FadeIn>
      <PageHeader
        title="Jobs"
        description={employer ? `Every role at ${employer.name}, in any status.` : undefined}
        actions={
          employer && (
            <>
              <EmployerSwitcher employer={employer} employers={employers} onSelect={select} />
              <ButtonLink href="/recruiter/jobs/new">
                <PlusIcon />
                New job
              </ButtonLink>
            </>
          )
        }
      />
      {employer ? (
        <EmployerJobs key={employer.id} employerId={employer.id} employerName={employer.name} />
      ) : (
        <CreateEmployerForm onCreated={select} />
      )}
    </FadeIn>
  );
}
