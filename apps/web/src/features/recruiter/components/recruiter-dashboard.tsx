"use client";

import type { Employer } from "@hirefolio/shared";
import { BriefcaseIcon, CalendarIcon, PlusIcon, UsersIcon } from "@/components/icons";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { FadeIn } from "@/components/ui/fade-in";
import { PageHeader } from "@/components/ui/page-header";
import { QueryState } from "@/components/ui/query-state";
import { Skeleton } from "@/components/ui/skeleton";
import { StageBarChart } from "@/features/applications/components/stage-bar-chart";
import { useCurrentUser } from "@/features/auth/components/require-role";
import { VerifyEmailBanner } from "@/features/auth/components/verify-email-banner";
import { CreateEmployerForm } from "@/features/employers/components/create-employer-form";
import { EmployerSwitcher } from "@/features/employers/components/employer-switcher";
import { PendingInvitations } from "@/features/employers/components/pending-invitations";
import { useActiveEmployer } from "@/features/employers/hooks/use-active-employer";
import { usePipelineStats } from "@/features/employers/hooks/use-pipeline-stats";
import { JobsTable } from "@/features/jobs/components/jobs-table";
import { useRecentEmployerJobs } from "@/features/jobs/hooks/use-employer-jobs";
import { greeting } from "@/lib/greeting";
import { PipelineStatCards } from "./pipeline-stat-cards";
import { QuickLink } from "./quick-link";

const tableLimit = 8;

function EmployerOverview({ employer }: { employer: Employer }) {
  const jobs = useRecentEmployerJobs(employer.id, tableLimit);
  const pipeline = usePipelineStats(employer.id);

  return (
    <div className="space-y-6">
      {pipeline.error ? (
        <ErrorState
          title="We couldn't load your hiring numbers"
          error={pipeline.error}
          onRetry={() => pipeline.refetch()}
        />
      ) : (
        <PipelineStatCards stats={pipeline.data} />
      )}

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card
          className="lg:col-span-2 lg:self-start"
          title="Jobs"
          description="Open a job to review its applicants."
          padding="none"
          action={
            jobs.data?.nextCursor && (
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
            {(page) => <JobsTable jobs={page.items} caption={`Newest jobs at ${employer.name}`} />}
          </QueryState>
        </Card>

        <div className="space-y-6">
          {/* Without numbers there is nothing to chart; the error above already offers a retry. */}
          {!pipeline.error && (
            <Card title="Applicants by stage" description="Across all jobs">
              {pipeline.data ? (
                <StageBarChart byStage={pipeline.data.byStage} label={`Applicants by stage at ${employer.name}`} />
              ) : (
                <Skeleton className="h-48" />
              )}
            </Card>
          )}
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
