"use client";

import { HistoryIcon } from "@/components/icons";
import { ErrorState } from "@/components/ui/error-state";
import { ListSkeleton } from "@/components/ui/skeleton";
import { formatDateTime } from "@/lib/format-date";
import { useStageHistory } from "../hooks/use-job-applications";
import { stageLabels } from "../stages";
import { StageBadge } from "./stage-badge";

/** The application's moves through the pipeline, newest first, with who moved it and why. */
export function StageHistory({ applicationId }: { applicationId: string }) {
  const { data, error, refetch } = useStageHistory(applicationId);
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!data) return <ListSkeleton rows={2} label="Loading history…" />;
  if (data.length === 0) {
    return (
      <p className="flex items-center gap-2 text-sm text-slate-600">
        <HistoryIcon className="size-4" /> No stage changes yet.
      </p>
    );
  }
  const events = [...data].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <ol className="relative space-y-5 border-l border-slate-200 pl-5">
      {events.map((event) => (
        <li key={event.id} className="relative">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[25px] size-2.5 rounded-full bg-white ring-2 ring-brand-500"
          />
          <div className="flex flex-wrap items-center gap-2 text-sm">
            {event.fromStage ? (
              <>
                <span className="sr-only">From {stageLabels[event.fromStage]} to</span>
                <StageBadge stage={event.fromStage} />
                <span aria-hidden="true" className="text-slate-400">
                  →
                </span>
              </>
            ) : null}
            <StageBadge stage={event.toStage} />
          </div>
          <p className="mt-1 text-xs text-slate-500">
            {formatDateTime(event.createdAt)}
            {event.actorName && ` · ${event.actorName}`}
          </p>
          {event.note && <p className="mt-1.5 rounded-lg bg-slate-50 p-2.5 text-sm text-slate-700">{event.note}</p>}
        </li>
      ))}
    </ol>
  );
}
