"use client";

import { type ApplicationStage, type ApplicationSummary, allowedNextStages, pipelineStages } from "@hirefolio/shared";
import { LayoutGroup } from "motion/react";
import { useState } from "react";
import { UsersIcon } from "@/components/icons";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { cx } from "@/lib/class-names";
import { useJobApplications } from "../hooks/use-job-applications";
import { stageColours, stageLabels } from "../stages";
import { ApplicationCard } from "./application-card";
import { ApplicationSheet } from "./application-sheet";
import { MoveStageForm } from "./move-stage-form";

function columnsFor(applications: ApplicationSummary[]): ApplicationStage[] {
  const hasWithdrawn = applications.some((application) => application.stage === "withdrawn");
  return [...pipelineStages, "rejected", ...(hasWithdrawn ? (["withdrawn"] as const) : [])];
}

/** The job's applicants in one column per stage; cards open a side panel and can be moved to any allowed stage. */
export function PipelineBoard({ jobId, jobIsOpen }: { jobId: string; jobIsOpen: boolean }) {
  const { data, error, refetch } = useJobApplications(jobId);
  // Ids rather than objects, so the panel and dialog always show the freshest cached application.
  const [openId, setOpenId] = useState<string | null>(null);
  const [movingId, setMovingId] = useState<string | null>(null);

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!data) {
    return (
      <div role="status" className="grid grid-cols-1 gap-4 sm:grid-cols-3 xl:grid-cols-6">
        <span className="sr-only">Loading applicants…</span>
        {pipelineStages.map((stage) => (
          <Skeleton key={stage} className="h-48" />
        ))}
      </div>
    );
  }

  const applications = data.items;
  if (applications.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 bg-white">
        <EmptyState
          icon={<UsersIcon className="size-6" />}
          title="No applicants yet"
          description={
            jobIsOpen
              ? "When candidates apply from the job board, they land in the Applied column."
              : "Open this job to publish it on the job board; applicants will land in the Applied column."
          }
        />
      </div>
    );
  }

  const opened = applications.find((application) => application.id === openId) ?? null;
  const moving = applications.find((application) => application.id === movingId) ?? null;

  return (
    <>
      <LayoutGroup>
        <div className="-mx-4 overflow-x-auto px-4 pb-4 sm:mx-0 sm:px-0">
          <div className="grid min-w-[72rem] auto-cols-fr grid-flow-col gap-3">
            {columnsFor(applications).map((stage) => {
              const inStage = applications.filter((application) => application.stage === stage);
              return (
                <section
                  key={stage}
                  aria-labelledby={`column-${stage}`}
                  className="flex min-h-64 flex-col rounded-xl bg-slate-100/80 p-2.5 ring-1 ring-slate-200/60"
                >
                  <header className="mb-2.5 flex items-center gap-2 px-1">
                    <span aria-hidden="true" className={cx("size-2 rounded-full", stageColours[stage])} />
                    <h3 id={`column-${stage}`} className="text-sm font-semibold text-slate-800">
                      {stageLabels[stage]}
                    </h3>
                    <span className="ml-auto rounded-full bg-white px-2 text-xs font-medium text-slate-600 tabular-nums ring-1 ring-slate-200">
                      {inStage.length}
                    </span>
                  </header>
                  <ul className="flex flex-1 flex-col gap-2">
                    {inStage.map((application) => (
                      <ApplicationCard
                        key={application.id}
                        application={application}
                        canMove={allowedNextStages(application.stage).length > 0}
                        onOpen={() => setOpenId(application.id)}
                        onMove={() => setMovingId(application.id)}
                      />
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        </div>
      </LayoutGroup>
      <ApplicationSheet application={opened} onClose={() => setOpenId(null)} />
      <Dialog
        open={moving !== null}
        onClose={() => setMovingId(null)}
        title={moving ? `Move ${moving.candidateName}` : "Move applicant"}
        description={moving ? `Currently in ${stageLabels[moving.stage]}` : undefined}
      >
        {moving && <MoveStageForm application={moving} onMoved={() => setMovingId(null)} />}
      </Dialog>
    </>
  );
}
