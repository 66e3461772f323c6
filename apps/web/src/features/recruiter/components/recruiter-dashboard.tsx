"use client";

import type { Employer } from "@hirefolio/shared";
import { BriefcaseIcon, CalendarIcon, ChartIcon, PlusIcon, UsersIcon } from "@/components/icons";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FadeIn } from "@/components/ui/fade-in";
import { PageHeader } from "@/components/ui/page-header";
import { QueryState } from "@/components/ui/query-state";
import { Skeleton } from "@/components/ui/skeleton";
import { StatCard } from "@/components/ui/stat-card";
import { StageBreakdown } from "@/features/applications/components/stage-breakdown";
import { useStageCounts } from "@/features/applications/hooks/use-stage-counts";
import { useCurrentUser } from "@/features/auth/components/require-role";
import { VerifyEmailBanner } from "@/features/auth/components/verify-email-banner";
import { CreateEmployerForm } from "@/features/employers/components/create-employer-form";
import { EmployerSwitcher } from "@/features/employers/components/employer-switcher";
import { PendingInvitations } from "@/features/employers/components/pending-invitations";
import { useActiveEmployer } from "@/features/employers/hooks/use-active-employer";
import { JobsTable } from "@/features/jobs/components/jobs-table";
import { useEmployerJobsOverview } from "@/features/jobs/hooks/use-employer-jobs";
import { greeting } from "@/lib/greeting";
import { QuickLink } from "./quick-link";

const tableLimit = 8;

function EmployerOverview({ employer }: { employer: Employer }) {
  const jobs = useEmployerJobsOverview(employer.id);
  const items = jobs.data?.items ?? [];
  const stages = useStageCounts(items);
  const openJobs = jobs.data ? items.filter((job) => job.status === "open").length : undefined;
  const applicants = jobs.data ? items.reduce((sum, job) => sum + (job.applicantCount ?? 0), 0) : undefined;
  const inInterview = jobs.data && !stages.isPending ? stages.counts.interview + stages.counts.offer : undefined;

  return (
    <div className="space-y-6">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <StatCard label="Open jobs" value={openJobs} icon={<BriefcaseIcon />} hint={`${items.length} jobs in total`} />
        <StatCard label="Total applicants" value={applicants} icon={<UsersIcon />} hint="Across all jobs" />
        <StatCard label="Interviewing" value={inInterview} icon={<ChartIcon />} hint="In interview or offer" />
      </div>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card
          className="lg:col-span-2"
          title="Jobs"
          description="Open a job to review its applicants."
          padding="none"
          action={
            items.length > tableLimit && (
              <ButtonLink href="/recruiter/jobs" variant="secondary" size="sm">
                View all
              </ButtonLink>
            )
          }
        >
          <QueryState
            query={jobs}
            loadingLabel="Loading jobs…"
            padded
            isEmpty={(page) => page.items.length === 0}
            empty={
              <EmptyState
                icon={<BriefcaseIcon className="size-6" />}
                title="Post your first job"
                description="Describe the role, publish it to the job board, and applicants will show up here."
                action={
                  <ButtonLink href="/recruiter/jobs/new">
                    <PlusIcon />
                    New job
                  </ButtonLink>
                }
              />
            }
          >
            {(page) => <JobsTable jobs={page.items.slice(0, tableLimit)} caption={`Jobs at ${employer.name}`} />}
          </QueryState>
        </Card>

        <div className="space-y-6">
          <Card title="Applicants by stage">
            {jobs.isPending || stages.isPending ? (
              <Skeleton className="h-24" />
            ) : (
              <StageBreakdown counts={stages.counts} />
            )}
          </Card>
          <nav aria-label="Hiring tools" className="space-y-3">
            <QuickLink
              href="/scheduling"
              icon={<CalendarIcon />}
              title="Scheduling"
              description="Book interviews without the back-and-forth"
            />
            <QuickLink
              href="/recruiter/team"
              icon={<UsersIcon />}
              title="Team"
              description="Invite colleagues and interviewers"
            />
          </nav>
        </div>
      </div>
    </div>
  );
}

export function RecruiterDashboard() {
  const me = useCurrentUser();
  const { employer, employers, select } = useActiveEmployer();

  return (
    <FadeIn className="space-y-8">
      <PageHeader
        title={greeting(me.name)}
        description={employer ? `Hiring at ${employer.name}` : "Let's get your company set up."}
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
      <VerifyEmailBanner />
      <PendingInvitations />
      {employer ? <EmployerOverview employer={employer} /> : <CreateEmployerForm onCreated={select} />}
    </FadeIn>
  );
}
