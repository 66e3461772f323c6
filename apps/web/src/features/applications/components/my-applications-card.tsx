"use client";

import type { ApplicationSummary } from "@hirefolio/shared";
import { finalStages } from "@hirefolio/shared";
import { AnimatePresence, motion } from "motion/react";
import Link from "next/link";
import { useState } from "react";
import { BriefcaseIcon, SearchIcon } from "@/components/icons";
import { FormError } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryState } from "@/components/ui/query-state";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/api-client";
import { formatRelative } from "@/lib/format-date";
import { useMyApplications, useWithdrawApplication } from "../hooks/use-my-applications";
import { PipelineProgress } from "./pipeline-progress";
import { StageBadge } from "./stage-badge";

function ApplicationRow({ application, onWithdraw }: { application: ApplicationSummary; onWithdraw: () => void }) {
  const open = !finalStages.includes(application.stage);
  return (
    <motion.li layout className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center sm:gap-6">
      <div className="min-w-0 flex-1">
        <Link
          href={`/jobs/${application.jobId}`}
          className="rounded font-medium text-slate-900 hover:text-brand-700 hover:underline"
        >
          {application.jobTitle}
        </Link>
        <p className="truncate text-sm text-slate-600">
          {application.employerName} · applied {formatRelative(application.createdAt)}
        </p>
      </div>
      <div className="flex items-center gap-4">
        <PipelineProgress stage={application.stage} />
        <div className="w-24">
          <StageBadge stage={application.stage} />
        </div>
        <div className="w-20 text-right">
          {open && (
            <Button variant="ghost" size="sm" onClick={onWithdraw}>
              Withdraw
            </Button>
          )}
        </div>
      </div>
    </motion.li>
  );
}

export function MyApplicationsCard() {
  const applications = useMyApplications();
  const count = applications.data?.items.length ?? 0;
  const withdraw = useWithdrawApplication();
  const toast = useToast();
  const [confirming, setConfirming] = useState<ApplicationSummary | null>(null);

  const confirmWithdraw = () => {
    if (!confirming) return;
    withdraw.mutate(confirming, {
      onSuccess: () => {
        toast.show(`Withdrew your application for ${confirming.jobTitle}`);
        setConfirming(null);
      },
    });
  };

  return (
    <Card
      title="My applications"
      description="Track every application from applied to hired."
      padding="none"
      action={
        count > 0 ? (
          <ButtonLink href="/jobs" variant="secondary" size="sm">
            <SearchIcon />
            Find more jobs
          </ButtonLink>
        ) : undefined
      }
    >
      <QueryState
        query={applications}
        loadingLabel="Loading your applications…"
        padded
        isEmpty={(page) => page.items.length === 0}
        empty={
          <EmptyState
            icon={<BriefcaseIcon className="size-6" />}
            title="No applications yet"
            description="When you apply to a job, it shows up here with its stage, so you always know where you stand."
            action={<ButtonLink href="/jobs">Browse open jobs</ButtonLink>}
          />
        }
      >
        {(data) => (
          <ul className="divide-y divide-slate-100">
            <AnimatePresence initial={false}>
              {data.items.map((application) => (
                <ApplicationRow
                  key={application.id}
                  application={application}
                  onWithdraw={() => setConfirming(application)}
                />
              ))}
            </AnimatePresence>
          </ul>
        )}
      </QueryState>
      <Dialog
        open={confirming !== null}
        onClose={() => {
          setConfirming(null);
          withdraw.reset();
        }}
        title="Withdraw application?"
        description={confirming ? `${confirming.jobTitle} at ${confirming.employerName}` : undefined}
      >
        <p className="text-sm text-slate-600">
          The employer will see that you withdrew. You can't undo this, but you can apply to other roles any time.
        </p>
        <FormError className="mt-4" message={withdraw.error ? errorMessage(withdraw.error) : null} />
        <div className="mt-6 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirming(null)}>
            Keep application
          </Button>
          <Button variant="danger" loading={withdraw.isPending} onClick={confirmWithdraw}>
            Withdraw
          </Button>
        </div>
      </Dialog>
    </Card>
  );
}
